package io.cashtrail.service;

import java.util.List;
import java.util.Random;

/**
 * The invented names the demo data set draws from: customers (with short names used in sheets, their
 * region and city), salespeople, contact persons, products and carriers. Kept apart from the
 * generation logic so either can change without wading through the other.
 */
final class DemoNames {
    /** A demo customer: full name, aliases ("; "-separated), region code (tax id), address prefix, phone area. */
    record Company(String name, String aliases, String region, String city, String area) {
    }

    static final List<Company> COMPANIES = List.of(
            new Company("国网浙江省电力有限公司", "浙江电力; 国网浙江电力", "330000", "浙江省杭州市上城区", "0571"),
            new Company("中国石化上海石油化工股份有限公司", "上海石化; 上石化", "310116", "上海市金山区", "021"),
            new Company("杭州汽轮动力集团有限公司", "杭汽; 杭汽集团", "330100", "浙江省杭州市拱墅区", "0571"),
            new Company("宁波港城热电有限公司", "港城热电", "330206", "浙江省宁波市北仑区", "0574"),
            new Company("浙江恒远化纤集团有限公司", "恒远化纤", "330109", "浙江省杭州市萧山区", "0571"),
            new Company("江苏中泰新材料科技有限公司", null, "320500", "江苏省苏州市吴江区", "0512"),
            new Company("南京东方锅炉设备有限公司", "东方锅炉(南京)", "320100", "江苏省南京市江宁区", "025"),
            new Company("安徽皖能环保发电有限公司", "皖能环保", "340100", "安徽省合肥市肥东县", "0551"),
            new Company("山东鲁源水务集团有限公司", null, "370100", "山东省济南市历城区", "0531"),
            new Company("福建闽江建设工程有限公司", null, "350100", "福建省福州市仓山区", "0591"),
            new Company("上海临港智能制造产业园开发有限公司", "临港智造; 临港产业园", "310115", "上海市浦东新区", "021"),
            new Company("苏州工业园区天成精密机械有限公司", "天成精密; 苏州天成", "320571", "江苏省苏州市工业园区", "0512"),
            new Company("绍兴越城污水处理有限公司", null, "330602", "浙江省绍兴市越城区", "0575"),
            new Company("湖州南太湖热电有限公司", "南太湖热电", "330500", "浙江省湖州市吴兴区", "0572"),
            new Company("嘉兴港区化工新材料有限公司", null, "330400", "浙江省嘉兴市平湖市", "0573"),
            new Company("温州瓯江水泥有限公司", "瓯江水泥", "330300", "浙江省温州市龙湾区", "0577"),
            new Company("江西鹰潭铜材加工有限公司", null, "360600", "江西省鹰潭市月湖区", "0701"),
            new Company("华东建设集团第三工程有限公司", "华东三公司; 华东建设三公司", "320200", "江苏省无锡市滨湖区", "0510"),
            new Company("浙江交运物流装备有限公司", null, "330700", "浙江省金华市义乌市", "0579"),
            new Company("台州椒江船舶重工有限公司", "椒江船舶", "331000", "浙江省台州市椒江区", "0576"),
            new Company("金华婺城新能源开发有限公司", null, "330702", "浙江省金华市婺城区", "0579"),
            new Company("广东粤海环境工程有限公司", "粤海环境", "440100", "广东省广州市黄埔区", "020"),
            new Company("天津滨海石化装备有限公司", null, "120116", "天津市滨海新区", "022"),
            new Company("无锡锡能热力有限公司", "锡能热力", "320200", "江苏省无锡市新吴区", "0510"),
            new Company("常州龙城轨道交通装备有限公司", "龙城轨交", "320400", "江苏省常州市武进区", "0519"));

    static final List<String> SALESPEOPLE = List.of("张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "周建华");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static final List<String> GIVEN = List.of("建国", "晓燕", "志强", "丽华", "海涛", "文静", "国庆",
            "秀英", "明", "勇", "婷", "俊杰", "振华", "红梅", "立新", "雪梅", "德明", "春生", "凯", "亚男");

    private static final List<String> ROADS = List.of("建设路", "人民东路", "发展大道", "科技园路", "滨江大道",
            "工业大道", "创新路", "兴业路", "长江路", "环城西路", "创业路", "高新五路");

    /** Product lines of a big-equipment supplier: name, typical contract amount in yuan (order of magnitude). */
    record Product(String name, long typical) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("汽轮发电机组", 5_000_000), new Product("余热锅炉", 3_000_000),
            new Product("10kV高压开关柜", 600_000), new Product("循环水泵组", 400_000),
            new Product("空压站成套设备", 900_000), new Product("烟气脱硫脱硝改造工程", 4_000_000),
            new Product("DCS控制系统", 1_200_000), new Product("板式换热器", 250_000),
            new Product("SZ11-20000/110主变压器", 2_500_000), new Product("污水处理成套设备", 1_800_000),
            new Product("自动化输送线改造", 700_000), new Product("逆流式冷却塔", 500_000),
            new Product("螺杆压缩机组", 350_000), new Product("静电除尘器", 2_000_000),
            new Product("不锈钢储罐", 300_000), new Product("桥式起重机", 800_000));

    /** Carrier and the prefix plus digit count of its tracking numbers. */
    record Carrier(String name, String prefix, int digits) {
    }

    static final List<Carrier> CARRIERS = List.of(new Carrier("顺丰", "SF", 12), new Carrier("德邦", "DPK", 12),
            new Carrier("中铁快运", "ZT", 10));

    static final List<String> CUSTOMER_TERMS = List.of("月结60天", "月结90天", "3-6-1", "验收合格后30天付款",
            "票到60天付款", "30/65/5");

    /** Characters allowed in a unified social credit code, in the order of their check values. */
    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private DemoNames() {
    }

    static String person(Random r) {
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.get(r.nextInt(GIVEN.size()));
    }

    static String address(Random r, Company c) {
        return c.city() + ROADS.get(r.nextInt(ROADS.size())) + (1 + r.nextInt(888)) + "号";
    }

    /** A masked, therefore fictitious, mobile or landline number. */
    static String phone(Random r, Company c) {
        if (r.nextBoolean()) {
            return "13" + r.nextInt(10) + "****" + digits(r, 4);
        }
        return c.area() + "-8***" + digits(r, 4);
    }

    /** An 18-character unified social credit code (统一社会信用代码) with a valid check character. */
    static String taxId(Random r, Company c) {
        StringBuilder sb = new StringBuilder("91").append(c.region());
        for (int i = 0; i < 9; i++) {
            sb.append(i < 8 || r.nextInt(3) > 0 ? USCC.charAt(r.nextInt(i < 2 ? 10 : USCC.length())) : 'X');
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC.indexOf(sb.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return sb.append(USCC.charAt(check)).toString();
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }
}
