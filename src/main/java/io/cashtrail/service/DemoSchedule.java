package io.cashtrail.service;

import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Stage dates of one demo order: a plan with realistic durations from signing (production 30–90
 * days, delivery 2–10 days after shipping, acceptance 15–60 days after delivery, ...), and actual
 * dates that follow the plan with slippage, occasional long stalls (site not ready, acceptance held
 * up, invoice waiting), and stop at {@code today}. The paid stage is left to the payments.
 */
final class DemoSchedule {
    /** Stage dates and, when the order stalled somewhere, the note a salesperson would have written. */
    record Schedule(StageDates stages, String note) {
    }

    /** Why an order stalled before reaching PRODUCTION_START..INVOICED. */
    private static final String[] STALL_NOTES = {"等待客户确认技术图纸后投产", "关键外购件（进口轴承）到货延迟",
        "成品已入库，客户现场未具备安装条件，暂缓发货", "到货签收单未及时返回", "安装调试完成，客户验收会议推迟",
        "客户开票信息变更，发票待重开"};

    /** Planned days from the previous stage: minimum and maximum, for PRODUCTION_START..INVOICED. */
    private static final int[][] GAPS = {{7, 20}, {30, 90}, {2, 15}, {2, 10}, {15, 60}, {3, 20}};
    /** Smallest actual gap to the previous stage. */
    private static final int[] MIN_GAP = {1, 20, 1, 1, 5, 0};
    /** Chance that an order stalls before reaching the stage (e.g. finished goods wait for the site). */
    private static final double[] STALL = {0.03, 0.02, 0.08, 0.03, 0.06, 0.05};

    private DemoSchedule() {
    }

    /**
     * @param batch 0 for the first order of a contract; later batches start production later
     * @param clean no slippage beyond a few days and no stalls (keeps a few orders textbook-like)
     */
    static Schedule stages(Random r, LocalDate signed, int batch, boolean clean, LocalDate today) {
        EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
        m.put(Stage.CONTRACT_SIGNED, new StageDate(signed, signed));
        LocalDate planned = signed;
        LocalDate actual = signed;
        boolean reached = true;
        String note = null;
        Stage[] all = Stage.values();
        for (int i = 1; i <= GAPS.length; i++) {
            int gap = between(r, GAPS[i - 1][0], GAPS[i - 1][1]);
            if (i == 1) {
                gap += batch * between(r, 20, 45);
            }
            planned = planned.plusDays(gap);
            int slip = slip(r, gap, clean);
            if (!clean && r.nextDouble() < STALL[i - 1]) {
                slip += between(r, 45, 300);
                note = note == null ? STALL_NOTES[i - 1] : note;
            }
            LocalDate next = actual.plusDays(Math.max(MIN_GAP[i - 1], gap + slip));
            reached = reached && !next.isAfter(today);
            if (reached) {
                actual = next;
            }
            m.put(all[i], new StageDate(planned, reached ? actual : null));
        }
        return new Schedule(StageDates.of(m), note);
    }

    /** Days an actual step takes longer (or shorter) than planned. */
    private static int slip(Random r, int gap, boolean clean) {
        if (clean) {
            return between(r, -2, 3);
        }
        double p = r.nextDouble();
        if (p < 0.65) {
            return between(r, -gap / 5, gap / 4 + 3);
        }
        if (p < 0.9) {
            return between(r, 5, 25);
        }
        return between(r, 25, 80);
    }

    /** The same stage dates with every actual date after {@code last} removed (the order stopped there). */
    static StageDates truncateAfter(StageDates s, Stage last) {
        EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
        for (Map.Entry<Stage, StageDate> e : s.asMap().entrySet()) {
            StageDate d = e.getValue();
            m.put(e.getKey(), e.getKey().ordinal() > last.ordinal() ? d.withActual(null) : d);
        }
        return StageDates.of(m);
    }

    static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }
}
