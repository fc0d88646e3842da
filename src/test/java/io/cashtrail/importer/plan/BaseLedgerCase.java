package io.cashtrail.importer.plan;

import io.cashtrail.domain.Order;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A data folder holding {@link KindFixtures#baseLedger}, for the tests of the kinds that build on orders. */
abstract class BaseLedgerCase {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void openBaseLedger() throws Exception {
        db = Database.open(dir.resolve("data"));
        KindFixtures.baseLedger(db, dir);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Closes and opens the data folder again, as a restart of the app does. */
    void reopen() {
        db.close();
        db = Database.open(dir.resolve("data"));
    }

    Order order(String orderNo) {
        return db.orders().all().stream().filter(o -> o.orderNo().equals(orderNo)).findFirst().orElseThrow();
    }
}
