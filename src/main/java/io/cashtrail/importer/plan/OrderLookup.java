package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.util.List;

/**
 * Finds the existing order an invoice or shipment row belongs to: by order number (under the
 * row's contract, else on its own when it is unique), or by contract number when the contract has
 * exactly one order. When it cannot, the row gets an error that says why (no such contract, the
 * contract has several orders, the order number is ambiguous), so the user knows what to fix.
 */
final class OrderLookup {
    private final LedgerIndex index;

    OrderLookup(LedgerIndex index) {
        this.index = index;
    }

    /** The order, or null with an error added to the row. */
    LedgerIndex.OrderEntry find(RowValues v) {
        String contractNo = v.get(ImportField.CONTRACT_NO);
        String orderNo = v.get(ImportField.ORDER_NO);
        LedgerIndex.ContractEntry ce = contractNo == null ? null : index.contract(contractNo);
        if (ce != null && orderNo != null) {
            LedgerIndex.OrderEntry oe = ce.orders.get(TextNormalizer.key(orderNo));
            if (oe != null) {
                return oe;
            }
        }
        if (orderNo != null) {
            List<LedgerIndex.OrderEntry> found = index.ordersNumbered(orderNo);
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                v.error(ImportField.ORDER_NO, "importkinds.order.ambiguous", orderNo, found.size());
                return null;
            }
            LedgerIndex.ContractEntry byNo = index.contract(orderNo);
            if (byNo != null && byNo.orders.size() == 1) {
                return byNo.orders.values().iterator().next();
            }
            if (ce == null) {
                v.error(ImportField.ORDER_NO, "importkinds.order.unknown", orderNo);
                return null;
            }
        }
        if (contractNo == null) {
            v.error(ImportField.CONTRACT_NO, "import.plan.missing", Messages.get(ImportField.CONTRACT_NO.messageKey()));
            return null;
        }
        if (ce == null) {
            v.error(ImportField.CONTRACT_NO, "importkinds.order.unknownContract", contractNo);
            return null;
        }
        if (orderNo != null) {
            v.error(ImportField.ORDER_NO, "importkinds.order.notInContract", orderNo, contractNo);
            return null;
        }
        if (ce.orders.size() == 1) {
            return ce.orders.values().iterator().next();
        }
        if (ce.orders.isEmpty()) {
            v.error(ImportField.CONTRACT_NO, "importkinds.order.noOrders", contractNo);
        } else {
            v.error(ImportField.CONTRACT_NO, "importkinds.order.severalOrders", contractNo, ce.orders.size());
        }
        return null;
    }
}
