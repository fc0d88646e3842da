package io.cashtrail.importer.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names legacy sheets give each {@link ImportField}, Chinese and English, compared as
 * {@link HeaderName} keys. An exact name is certain; a header that contains a known name
 * ("合同签订日期" ⊃ "签订日期") matches with less confidence, the longer the contained name the more.
 */
public final class Synonyms {
    /** A field a header key stands for and how sure that is (0..1). */
    public record Match(ImportField field, double confidence) {
    }

    /** Names that contain a known name but mean something else (net amounts, tax, not yet invoiced). */
    private static final java.util.Set<String> NOT_A_FIELD = java.util.Set.of("不含税金额", "未税金额", "无税金额", "税额", "税金",
            "未开票金额", "未开票", "单价", "netamount", "taxamount", "unitprice", "price", "除税金额", "未含税金额", "不含税", "净额");
    /** Names too general to look for inside longer headers ("客户编号" is no order number), taken only as they are. */
    private static final java.util.Set<String> EXACT_ONLY = java.util.Set.of("编号", "单据编号", "应收", "当前阶段",
            "下一步", "下一步日期", "延误天数", "currentstage", "nextstep", "nextdate", "nextstepdate", "dayslate");
    private static final Map<ImportField, String> NAMES = new EnumMap<>(ImportField.class);
    private static final Map<String, ImportField> EXACT = new HashMap<>();
    private static final List<Map.Entry<String, ImportField>> LONGEST_FIRST = new ArrayList<>();

    static {
        add(ImportField.CUSTOMER_NAME, "客户|客户名称|客户名|客户全称|客户单位|甲方|甲方名称|甲方单位|单位名称|购货单位|购买方|"
                + "购方名称|购买方名称|采购方|买方|需方|需方名称|用户|用户名称|用户单位|收货单位|公司名称|付款单位|付款方|来款单位|"
                + "交款单位|customer|customername|client|clientname|buyer|company|companyname|accountname|billto|soldto");
        add(ImportField.CUSTOMER_ALIAS, "简称|客户简称|单位简称|别名|alias|shortname");
        add(ImportField.CONTRACT_NO, "合同编号|合同号|合同单号|合同编码|合同号码|协议编号|协议号|contractno|contractnumber|"
                + "contract|contractid|contractref");
        add(ImportField.ORDER_NO, "订单号|订单编号|订单号码|销售订单号|销售订单|订单|批次号|批次|发货批次|生产订单号|生产单号|工单号|"
                + "采购订单号|编号|单据编号|orderno|ordernumber|order|orderid|salesorder|sono|batch|batchno|pono|purchaseorder");
        add(ImportField.CONTRACT_TITLE, "合同名称|项目名称|项目|工程名称|合同内容|产品名称|货物名称|设备名称|品名|内容|摘要|"
                + "title|contracttitle|project|projectname|description|product|item");
        add(ImportField.SIGNED_DATE, "签订日期|签约日期|签订时间|签约时间|签署日期|合同日期|合同签订日期|下单日期|下单时间|订单日期|销售日期|"
                + "signeddate|signdate|signedon|contractdate|orderdate|dateofsigning");
        add(ImportField.AMOUNT, "金额|合同金额|成交总额|合同总额|含税金额|合同总价|总价|总金额|订单金额|合同价款|合同额|合同价|"
                + "成交金额|含税总价|销售额|amount|contractamount|totalamount|ordervalue|contractvalue|value|"
                + "amountinctax|grossamount");
        add(ImportField.TAX_RATE, "税率|增值税率|增值税税率|税点|taxrate|vatrate|vat|tax");
        add(ImportField.OWNER, "业务员|销售员|业务经理|负责人|销售|销售经理|客户经理|经办人|跟单员|销售代表|业务|业务负责人|责任人|项目经理|"
                + "owner|salesrep|salesperson|sales|salesman|accountmanager|rep|responsible");
        add(ImportField.PAYMENT_TERMS, "付款方式|付款条件|付款条款|结算方式|回款条件|收款条件|付款约定|账期|回款周期|付款周期|"
                + "结算周期|信用期|付款账期|付款规则|回款规则|付款习惯|paymentterms|terms|"
                + "paymentcondition");
        add(ImportField.PLANNED_SHIP_DATE, "计划发货日期|预计发货日期|交货期|交期|约定交货期|合同交货期|要求交货日期|计划交货日期|"
                + "交货日期|plannedshipdate|requesteddate|promiseddate|etd");
        add(ImportField.SHIPPED_DATE, "发货日期|出库日期|发货时间|出库时间|实际发货日期|发运日期|发出日期|出货日期|shipdate|"
                + "shippeddate|shippingdate|dispatchdate|dateshipped");
        add(ImportField.TRACKING_NO, "物流单号|运单号|快递单号|运单编号|物流编号|提单号|trackingno|trackingnumber|waybill|"
                + "waybillno|awb|billoflading");
        add(ImportField.CARRIER, "物流公司|承运商|承运人|快递公司|运输公司|承运单位|物流|快递|carrier|logistics|forwarder");
        add(ImportField.DELIVERED_DATE, "签收日期|到货日期|收货日期|签收时间|到货时间|送达日期|实际到货日期|delivereddate|"
                + "deliverydate|arrivaldate|dateofdelivery");
        add(ImportField.ACCEPTED_DATE, "验收日期|验收时间|验收完成日期|终验日期|安装验收日期|调试完成日期|acceptancedate|"
                + "accepteddate|acceptedon|commissioningdate");
        add(ImportField.PRODUCTION_START, "开工日期|开工时间|投产日期|生产开始日期|实际开工日期|计划开工日期|productionstart|"
                + "startdate|productionstartdate");
        add(ImportField.PRODUCTION_FINISH, "完工日期|完工时间|生产完成|生产完成日期|入库日期|完成日期|实际完工日期|productionfinish|"
                + "finishdate|completiondate|productionfinishdate");
        add(ImportField.INVOICE_DATE, "开票日期|开票时间|发票日期|开具日期|invoicedate|billingdate|invoicedon");
        add(ImportField.INVOICE_NO, "发票号码|发票号|发票编号|票号|invoiceno|invoicenumber|invoice");
        add(ImportField.INVOICE_AMOUNT, "开票金额|发票金额|已开票金额|价税合计|开票额|累计开票|invoiceamount|invoicedamount|"
                + "billedamount|invoicetotal");
        add(ImportField.TAX_AMOUNT, "税额|税金|增值税额|销项税额|税款|taxamount|vatamount");
        add(ImportField.INVOICE_KIND, "发票类型|发票种类|票种|票据类型|发票类别|开票类型|invoicetype|invoicekind");
        add(ImportField.PAYMENT_DUE_DATE, "计划回款日期|回款计划日期|计划收款日期|预计回款日期|应回款日期|应收日期|约定回款日期|到期日|到期日期|付款期限|"
                + "duedate|paymentduedate|plannedpaymentdate");
        add(ImportField.DUE_AMOUNT, "应收|回款计划|回款计划金额|计划收款|计划收款金额|计划回款金额|计划回款|应回款金额|应收金额|应付金额|本期应收|dueamount|"
                + "plannedpayment");
        add(ImportField.PAYMENT_DATE, "回款日期|来款日期|收款日期|到账日期|回款时间|收款时间|到账时间|付款日期|入账日期|paymentdate|"
                + "paiddate|datepaid|receiptdate|paidon");
        add(ImportField.PAYMENT_AMOUNT, "回款金额|来款金额|实收|实收金额|收款金额|到账金额|回款|回款额|来款|收款|本次回款|付款金额|"
                + "入账金额|payment|paymentamount|paid|amountpaid|received|amountreceived|receipt");
        add(ImportField.RECEIVED_TOTAL, "已回款|已回款金额|累计回款|累计回款金额|已收款|已收金额|已收款金额|累计收款|totalpaid|"
                + "paidtodate|totalreceived");
        add(ImportField.OUTSTANDING, "未回款金额|未回款|欠款金额|欠款|应收余额|应收账款|应收款|余额|未收金额|未收款|尚欠|尚欠金额|"
                + "应收未收|剩余款|balance|outstanding|amountdue|balancedue|receivable|openamount|unpaid");
        add(ImportField.ADVANCE, "预付款|预付款金额|定金|订金|预付|首付款|首付|advance|deposit|downpayment|prepayment");
        add(ImportField.RETENTION, "质保金|质保金额|质量保证金|尾款|retention|retentionmoney");
        add(ImportField.WARRANTY_PERIOD, "质保期|保修期|质保期限|质保时间|warranty|warrantyperiod");
        add(ImportField.CONTACT_PERSON, "联系人|客户联系人|对接人|收货人|联系人姓名|contact|contactperson|contactname|attn");
        add(ImportField.CONTACT_PHONE, "联系电话|电话|手机|手机号|手机号码|联系方式|电话号码|收货电话|phone|tel|telephone|mobile|"
                + "contactphone");
        add(ImportField.ADDRESS, "地址|收货地址|送货地址|客户地址|单位地址|详细地址|交货地点|address|shipto|deliveryaddress");
        add(ImportField.TAX_ID, "税号|纳税人识别号|纳税识别号|统一社会信用代码|信用代码|taxid|taxno|taxnumber|vatno");
        add(ImportField.INVOICE_CUTOFF_DAY, "开票截止日|开票截止日期|开票截止|收票截止日|发票截止日|截止日|invoicecutoff|"
                + "cutoffday|cutoff");
        add(ImportField.NOTES, "备注|说明|备注说明|附注|其他|情况说明|remark|remarks|notes|note|comment|comments|memo");
        // the headers of Cashtrail's own orders export (orders.col.*), taken only as they are
        add(ImportField.DERIVED, "当前阶段|下一步|下一步日期|延误天数|currentstage|nextstep|nextdate|nextstepdate|dayslate");
        LONGEST_FIRST.addAll(EXACT.entrySet());
        LONGEST_FIRST.removeIf(e -> !containable(e.getKey()) || EXACT_ONLY.contains(e.getKey()));
        LONGEST_FIRST.sort((a, b) -> b.getKey().length() != a.getKey().length() ? b.getKey().length() - a.getKey().length()
                : a.getValue().compareTo(b.getValue()));
    }

    private Synonyms() {
    }

    private static void add(ImportField field, String names) {
        NAMES.put(field, names);
        for (String n : names.split("\\|")) {
            ImportField before = EXACT.put(HeaderName.keyOf(n), field);
            if (before != null) {
                throw new IllegalStateException("synonym " + n + " for both " + before + " and " + field);
            }
        }
    }

    /** Long enough to look for inside a longer header: 2+ Chinese characters or 4+ letters. */
    private static boolean containable(String name) {
        return name.chars().anyMatch(c -> c > 0x2E80) ? name.length() >= 2 : name.length() >= 4;
    }

    /** The best field for a header key (see {@link HeaderName#key()}), or null when none fits. */
    public static Match match(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        ImportField exact = EXACT.get(key);
        if (exact != null) {
            return new Match(exact, 1.0);
        }
        if (NOT_A_FIELD.contains(key)) {
            return null;
        }
        for (Map.Entry<String, ImportField> e : LONGEST_FIRST) {
            int at = key.indexOf(e.getKey());
            if (at >= 0 && (at == 0 || "未不非无".indexOf(key.charAt(at - 1)) < 0)) {
                return new Match(e.getValue(), 0.5 + 0.4 * e.getKey().length() / key.length());
            }
        }
        return null;
    }

    /** The known names of a field, for showing the user what is recognised. */
    public static List<String> namesOf(ImportField field) {
        return Collections.unmodifiableList(List.of(NAMES.get(field).split("\\|")));
    }
}
