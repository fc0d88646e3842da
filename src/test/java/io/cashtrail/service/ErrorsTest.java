package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.store.DependentsExistException;
import io.cashtrail.store.StaleDataException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("contract", 1);
        m.put("order", 3);
        m.put("payment", 0);
        return m;
    }

    @Test
    void dependentsReadNaturallyInBothLanguages() {
        Messages.use(Messages.ENGLISH);
        assertThat(Errors.dependents(counts())).isEqualTo("1 contract, 3 orders");
        Messages.use(Messages.CHINESE);
        assertThat(Errors.dependents(counts())).isEqualTo("1 份合同、3 个订单");
    }

    @Test
    void knownFailuresBecomeOneHumanSentence() {
        Messages.use(Messages.ENGLISH);
        var stale = new RuntimeException(new StaleDataException("order", 7));
        assertThat(Errors.isStale(stale)).isTrue();
        assertThat(Errors.userMessage(stale, "x.log")).isEqualTo(Messages.get("error.stale"));
        var deps = new DependentsExistException("customer", 1, Map.of("contract", 2));
        assertThat(Errors.userMessage(deps, "x.log")).contains("2 contracts");
        assertThat(Errors.userMessage(new IllegalStateException("boom"), "/data/logs/cashtrail.log"))
                .contains("boom").contains("/data/logs/cashtrail.log");
    }
}
