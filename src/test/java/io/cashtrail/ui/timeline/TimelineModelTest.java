package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineFixtures.TODAY;
import static io.cashtrail.ui.timeline.TimelineFixtures.order;
import static io.cashtrail.ui.timeline.TimelineFixtures.stages;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineModelTest {
    private final TimelineModel model = new TimelineModel();

    private void load() {
        model.setRows(TimelineModel.toRows(List.of(
                order(1, "华东电力", "张伟", 500, 0, stages(Stage.PRODUCTION_START, "2026-03-01", "2026-03-01",
                        Stage.PRODUCTION_FINISH, "2026-04-01", "2026-04-02")),
                order(2, "华东电力", "王芳", 900, 900, stages(Stage.PRODUCTION_START, "2026-05-01", "2026-05-01",
                        Stage.PRODUCTION_FINISH, "2026-06-01", null)),
                order(3, "宁波港务", "张伟", 100, 100, stages(Stage.PRODUCTION_START, "2026-07-01", null,
                        Stage.PRODUCTION_FINISH, "2026-08-01", null))), TODAY));
    }

    private List<Long> ids() {
        return model.rows().stream().filter(r -> !r.isGroup()).map(r -> r.order().orderId()).toList();
    }

    @Test
    void filtersLikeTheOrdersScreen() {
        load();
        model.setText("华东");
        assertThat(ids()).containsExactly(1L, 2L);
        model.setOwner("张伟");
        assertThat(ids()).containsExactly(1L);
        model.setText("");
        model.setOwner(null);
        model.setLateOnly(true);
        assertThat(ids()).containsExactly(2L);
        model.setLateOnly(false);
        model.setRiskOnly(true);
        assertThat(ids()).containsExactly(2L);
        model.setRiskOnly(false);
        model.setCustomerId((long) "宁波港务".hashCode());
        assertThat(ids()).containsExactly(3L);
    }

    @Test
    void sortsByStartEndLatenessAndAmount() {
        load();
        assertThat(ids()).containsExactly(1L, 2L, 3L);
        model.setSortBy(TimelineModel.SortBy.LATENESS);
        assertThat(ids().get(0)).isEqualTo(2L);
        model.setSortBy(TimelineModel.SortBy.AMOUNT);
        assertThat(ids()).containsExactly(2L, 1L, 3L);
        model.setSortBy(TimelineModel.SortBy.END);
        assertThat(ids().get(2)).isEqualTo(3L);
    }

    @Test
    void groupsCollapseAndKeepTheirTotals() {
        load();
        model.setGroupBy(TimelineModel.GroupBy.CUSTOMER);
        assertThat(model.rows()).hasSize(5);
        TimelineRow first = model.rows().get(0);
        assertThat(first.isGroup()).isTrue();
        model.toggle(first.groupKey());
        TimelineRow closed = model.rows().stream().filter(r -> r.groupKey() != null && r.groupKey().equals(
                first.groupKey())).findFirst().orElseThrow();
        assertThat(closed.collapsed()).isTrue();
        assertThat(model.rows()).hasSize(5 - first.groupCount());
        assertThat(model.shownCount()).isEqualTo(3);
    }
}
