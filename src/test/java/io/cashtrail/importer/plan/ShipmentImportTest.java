package io.cashtrail.importer.plan;

import static io.cashtrail.importer.plan.KindFixtures.apply;
import static io.cashtrail.importer.plan.KindFixtures.check;
import static io.cashtrail.importer.plan.KindFixtures.data;
import static io.cashtrail.importer.plan.KindFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Shipment;
import io.cashtrail.domain.Stage;
import io.cashtrail.importer.parse.RecordKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A logistics export records shipments (by tracking no., or order and day) besides the stage dates. */
class ShipmentImportTest extends BaseLedgerCase {
    static final String[] HEADER = {"合同编号", "订单号", "发货日期", "签收日期", "运单号", "物流公司", "品名", "数量", "金额"};
    static final Object[][] TABLE = {
        {"HT-2016-003", null, "2016-12-20", "2016-12-23", "SF1234567", "顺丰", "A100", 2, 30000, RowStatus.NEW},
        {"HT-2016-004", "HT-2016-004-01", "2016-08-01", null, null, "德邦", "C300", 1, null, RowStatus.NEW},
        {"HT-2016-003", null, "2016-12-20", null, "SF1234567", "顺丰", "A100", 1, null, "importkinds.shipment.again"},
        {"HT-2099-999", null, "2016-08-02", null, "YT1", "圆通", null, 1, null, "importkinds.order.unknownContract"},
        {"HT-7", null, "2016-08-02", null, "YT2", "圆通", null, 1, null, "importkinds.order.severalOrders"},
        {"HT-7", "HT-7-A", "2016-09-02", null, "YT3", "圆通", null, 1, null, RowStatus.NEW},
    };

    private Shipment shipment(String trackingNo) {
        return db.shipments().all().stream().filter(s -> trackingNo.equals(s.trackingNo())).findFirst().orElseThrow();
    }

    @Test
    void rowsBecomeShipmentsAndStageDatesAndReimportChangesNothing() throws Exception {
        Path file = sheet(dir, "发货单.xlsx", HEADER, data(TABLE));
        ImportPlan p = ImportPlannerTest.plan(db, file, null);
        assertThat(p.kind()).as("recognised").isEqualTo(RecordKind.SHIPMENTS);
        check(p, TABLE);
        apply(db, p);
        assertThat(db.shipments().all()).hasSize(3);
        Shipment sf = shipment("SF1234567");
        assertThat(sf.orderId()).isEqualTo(order("HT-2016-003-01").id());
        assertThat(sf.shippedDate()).isEqualTo(LocalDate.of(2016, 12, 20));
        assertThat(sf.deliveredDate()).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(sf.carrier()).isEqualTo("顺丰");
        assertThat(sf.description()).isEqualTo("A100");
        assertThat(sf.amount()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(sf.notes()).isEqualTo("数量: 2");
        assertThat(order("HT-2016-003-01").stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 12, 20));
        assertThat(order("HT-2016-003-01").stages().actual(Stage.DELIVERED)).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(order("HT-2016-003-01").notes()).as("the shipment keeps its own details").doesNotContain("SF1234567");
        Shipment untracked = db.shipments().forOrder(order("HT-2016-004-01").id()).get(0);
        assertThat(untracked.trackingNo()).isNull();
        assertThat(untracked.carrier()).isEqualTo("德邦");

        ImportPlan again = ImportPlannerTest.plan(db, file, RecordKind.SHIPMENTS);
        assertThat(again.hasWork()).isFalse();
        assertThat(again.count(RowStatus.UNCHANGED)).isEqualTo(4);
    }

    @Test
    void aLaterExportUpdatesTheShipmentAndUndoRestoresItAlsoAfterARestart() throws Exception {
        apply(db, ImportPlannerTest.plan(db, sheet(dir, "a.xlsx", HEADER, data(TABLE)), RecordKind.SHIPMENTS));
        Object[][] later = {{"HT-2016-003", null, "2016-12-20", "2016-12-26", "SF1234567", "顺丰速运", null, null, null}};
        ImportPlan p = ImportPlannerTest.plan(db, sheet(dir, "b.xlsx", HEADER, later), RecordKind.SHIPMENTS);
        PlannedRow r = ImportPlannerTest.row(p, 3);
        assertThat(r.status()).isEqualTo(RowStatus.UPDATE);
        assertThat(r.changes()).extracting(FieldChange::entity, FieldChange::field).contains(
                org.assertj.core.groups.Tuple.tuple("shipment", "deliveredDate"),
                org.assertj.core.groups.Tuple.tuple("shipment", "carrier"),
                org.assertj.core.groups.Tuple.tuple("order", "actual_delivered"));
        apply(db, p);
        assertThat(shipment("SF1234567").carrier()).isEqualTo("顺丰速运");
        assertThat(shipment("SF1234567").notes()).as("an empty cell erases nothing").isEqualTo("数量: 2");

        reopen();
        PlanApplier.undoLast(db);
        assertThat(shipment("SF1234567").carrier()).isEqualTo("顺丰");
        assertThat(shipment("SF1234567").deliveredDate()).isEqualTo(LocalDate.of(2016, 12, 23));
        PlanApplier.undoLast(db);
        assertThat(db.shipments().all()).isEmpty();
        assertThat(order("HT-2016-003-01").stages().actual(Stage.SHIPPED)).isNull();
    }
}
