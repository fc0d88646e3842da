package io.cashtrail.service;

import java.math.BigDecimal;

/** The dashboard's headline figures. */
public record Kpis(int openOrders, int lateOrders, BigDecimal contractValue, BigDecimal received,
        BigDecimal outstanding) {
}
