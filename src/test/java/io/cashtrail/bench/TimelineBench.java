package io.cashtrail.bench;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import io.cashtrail.service.TimelineInstallment;
import io.cashtrail.service.TimelineOrder;
import io.cashtrail.ui.timeline.TimelineModel;
import io.cashtrail.ui.timeline.TimelineRow;
import io.cashtrail.ui.timeline.TimelineView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * {@code bench/run timeline}: the timeline at 1600×900 with software rendering, with 1,000 and with
 * 100,000 in-memory orders. A frame is one draw of the canvas plus a snapshot of it (so the
 * rendering really happens) on the FX thread, while scrolling through all rows and dates, and while
 * zooming from days to years and back. The cost should not depend on the number of orders.
 */
public final class TimelineBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int FRAMES = 400;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String[] OWNERS = {"张伟", "王芳", "李娜", "刘洋", "陈杰", "杨静", "赵磊", "黄强"};
    private static final String[] CITIES = {"杭州", "上海", "宁波", "苏州", "南京", "合肥", "武汉", "成都", "西安", "广州"};

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        headlessDefaults();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        List<TimelineRow> small = TimelineModel.toRows(orders(1_000, 42), TODAY);
        long t0 = System.nanoTime();
        List<TimelineRow> large = TimelineModel.toRows(orders(100_000, 42), TODAY);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        // both views measured frame by frame in turn, so a busy machine slows both alike
        Result[] r = onFx(() -> {
            Scenario a = new Scenario(small, FRAMES);
            Scenario b = new Scenario(large, FRAMES);
            for (int round = 0; round < 2; round++) {
                // round 0 warms up the JIT and the software pipeline; round 1 is measured
                a.reset();
                b.reset();
                for (int i = 0; i < FRAMES; i++) {
                    a.scroll(i);
                    b.scroll(i);
                }
                for (int i = 0; i < FRAMES; i++) {
                    a.zoom(i);
                    b.zoom(i);
                }
            }
            a.close();
            b.close();
            return new Result[] {a.result(), b.result()};
        });
        System.out.println("frame_1k_median_ms=" + f(r[0].frameMedian));
        System.out.println("frame_1k_p95_ms=" + f(r[0].frameP95));
        System.out.println("zoom_1k_median_ms=" + f(r[0].zoomMedian));
        System.out.println("frame_100k_median_ms=" + f(r[1].frameMedian));
        System.out.println("frame_100k_p95_ms=" + f(r[1].frameP95));
        System.out.println("zoom_100k_median_ms=" + f(r[1].zoomMedian));
        System.out.println("zoom_100k_p95_ms=" + f(r[1].zoomP95));
        System.out.println("draw_only_100k_median_ms=" + f(r[1].drawMedian));
        System.out.println("rows_100k_build_ms=" + buildMs);
        System.out.println("frame_ratio_100k_to_1k=" + f(r[1].frameMedian / r[0].frameMedian));
        System.out.println("zoom_ratio_100k_to_1k=" + f(r[1].zoomMedian / r[0].zoomMedian));
        Platform.exit();
        System.exit(0);
    }

    /** The Monocle headless settings, unless the command line already chose a platform. */
    private static void headlessDefaults() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"prism.order", "sw"}, {"java.awt.headless", "true"}};
        for (String[] d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
    }

    private record Result(double frameMedian, double frameP95, double zoomMedian, double zoomP95, double drawMedian) {
    }

    /** One timeline in its own 1600×900 window, scrolled down through all rows and zoomed days ↔ years. */
    private static final class Scenario {
        private final TimelineModel model = new TimelineModel();
        private final TimelineView view;
        private final javafx.stage.Stage stage = new javafx.stage.Stage();
        private final WritableImage image;
        private final double[] scroll;
        private final double[] draw;
        private final double[] zoom;
        private final double dy;
        private double factor = 1.12;

        Scenario(List<TimelineRow> rows, int frames) {
            model.setRows(rows);
            view = new TimelineView(model, TODAY);
            stage.setScene(new Scene(view, WIDTH, HEIGHT));
            stage.show();
            view.applyCss();
            view.layout();
            image = new WritableImage((int) view.canvas().getWidth(), (int) view.canvas().getHeight());
            scroll = new double[frames];
            draw = new double[frames];
            zoom = new double[frames];
            dy = model.rows().size() * view.geometry().rowHeight() / frames;
        }

        void reset() {
            view.geometry().setPxPerDay(4);
            view.geometry().setScrollY(0);
            view.showToday();
        }

        /** Down through every row, sideways back and forth over about three months. */
        void scroll(int i) {
            double dx = (i / 20 % 2 == 0 ? 1 : -1) * 19.0;
            long s = System.nanoTime();
            view.scrollBy(dx, dy);
            draw[i] = (System.nanoTime() - s) / 1e6;
            view.canvas().snapshot(null, image);
            scroll[i] = (System.nanoTime() - s) / 1e6;
        }

        /** Days to years and back (reversing at the zoom limits), moving down a little each time. */
        void zoom(int i) {
            double x = view.geometry().tableWidth() + view.geometry().chartWidth() / 2;
            double px = view.geometry().pxPerDay();
            if (px * factor > 40 || px * factor < 0.06) {
                factor = 1 / factor;
            }
            long s = System.nanoTime();
            view.zoomAt(x, factor);
            view.scrollBy(0, -dy / 3);
            view.canvas().snapshot(null, image);
            zoom[i] = (System.nanoTime() - s) / 1e6;
        }

        Result result() {
            return new Result(pct(scroll, 50), pct(scroll, 95), pct(zoom, 50), pct(zoom, 95), pct(draw, 50));
        }

        void close() {
            stage.close();
        }
    }

    private interface FxWork<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get();
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Orders signed over three years up to today, in every state from just signed to paid. */
    static List<TimelineOrder> orders(int n, long seed) {
        Random r = new Random(seed);
        List<TimelineOrder> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate signed = TODAY.minusDays(r.nextInt(1100));
            EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
            EnumMap<Stage, StageDate> base = new EnumMap<>(Stage.class);
            LocalDate planned = signed;
            LocalDate actual = signed;
            boolean open = false;
            for (Stage st : Stage.values()) {
                int gap = st == Stage.CONTRACT_SIGNED ? 0 : 7 + r.nextInt(50);
                planned = planned.plusDays(gap);
                actual = actual.plusDays(gap + r.nextInt(15) - 4);
                open = open || actual.isAfter(TODAY) || r.nextInt(30) == 0;
                m.put(st, new StageDate(planned, open ? null : actual));
                base.put(st, new StageDate(planned.minusDays(r.nextInt(3) * 7L), null));
            }
            BigDecimal amount = Money.of(50_000 + r.nextInt(5_000_000));
            BigDecimal owed = open ? amount.multiply(new BigDecimal("0.7")).setScale(2) : Money.ZERO;
            List<TimelineInstallment> inst = List.of(
                    new TimelineInstallment(i * 3L, "预付款", signed.plusDays(15), Money.ZERO, true),
                    new TimelineInstallment(i * 3L + 1, "验收款", m.get(Stage.ACCEPTED).planned().plusDays(30),
                            Money.ZERO, !open),
                    new TimelineInstallment(i * 3L + 2, "质保金", m.get(Stage.ACCEPTED).planned().plusDays(365),
                            Money.ZERO, false));
            String customer = CITIES[r.nextInt(CITIES.length)] + "客户" + r.nextInt(400) + "有限公司";
            out.add(new TimelineOrder(i + 1, i / 2 + 1, r.nextInt(400) + 1, String.format("HT%06d-%02d", i / 2, i % 2 + 1),
                    String.format("HT%06d", i / 2), customer, OWNERS[r.nextInt(OWNERS.length)], amount, owed,
                    r.nextInt(3) == 0 ? null : 20 + r.nextInt(8), StageDates.adopt(m), StageDates.adopt(base), inst));
        }
        return out;
    }
}
