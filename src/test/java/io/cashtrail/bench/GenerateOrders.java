package io.cashtrail.bench;

import io.cashtrail.store.Database;
import java.nio.file.Path;

/** {@code bench/run generate DIR [N]}: fills a data folder with N (default 100,000) orders to look at. */
public final class GenerateOrders {
    private GenerateOrders() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: bench/run generate DIR [N]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (Database db = Database.open(Path.of(args[0]))) {
            if (!db.isEmpty()) {
                System.err.println("The data folder is not empty: " + args[0]);
                System.exit(1);
            }
            OrdersBench.generate(db, n);
            System.out.println("orders=" + db.orders().count());
        }
    }
}
