package io.cashtrail.service;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.Stage;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty database with a realistic, reproducible demo set (same seed and day, same data) so
 * the app can be tried and shown without real customer data: Chinese equipment customers, contracts
 * over the last two years, orders in every stage (some late, some fully paid, some with overdue
 * installments), with their shipments, invoices, payment plans and payments.
 */
public final class DemoData {
    /** What was created. */
    public record Result(int customers, int contracts, int orders, int installments, int shipments, int invoices,
            int payments) {
    }

    private static final int CONTRACTS = 140;
    private static final int CLEAN_CONTRACTS = 6;
    private static final BigDecimal TAX_RATE = new BigDecimal("13.00");

    /** A customer with how it pays and who looks after it. */
    private record Account(Customer customer, DemoFlows.PayHabit habit, String owner, int weight, String terms) {
    }

    /** A contract before insertion (customer id 0) with its orders (contract id 0). */
    private record Deal(int account, Contract contract, DemoTerms terms, boolean clean, List<Order> orders) {
    }

    private final Random r;
    private final LocalDate today;

    private DemoData(long seed, LocalDate today) {
        this.r = new Random(seed);
        this.today = today;
    }

    public static Result load(Database db, LocalDate today, long seed) {
        if (!db.isEmpty()) {
            throw new IllegalStateException("database is not empty");
        }
        DemoData gen = new DemoData(seed, today);
        List<Account> accounts = gen.accounts();
        List<Deal> deals = gen.deals(accounts);
        gen.coverEveryStage(deals);
        // The stores' own inserts join this transaction (Jdbi reuses the thread's handle): all or nothing.
        return db.jdbi().inTransaction(h -> gen.insert(db, accounts, deals));
    }

    private List<Account> accounts() {
        List<Integer> withCutoff = shuffled(DemoNames.COMPANIES.size());
        List<Integer> owners = shuffled(DemoNames.COMPANIES.size());
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < DemoNames.COMPANIES.size(); i++) {
            DemoNames.Company c = DemoNames.COMPANIES.get(i);
            int rank = withCutoff.indexOf(i);
            Integer cutoff = rank < 6 ? Integer.valueOf(25) : rank < 8 ? Integer.valueOf(20) : null;
            String terms = DemoNames.CUSTOMER_TERMS.get(r.nextInt(DemoNames.CUSTOMER_TERMS.size()));
            int payDays = terms.contains("90") ? 90 : terms.contains("60") ? 60 : 30;
            double kind = r.nextDouble();
            DemoFlows.PayHabit habit = kind < 0.35 ? new DemoFlows.PayHabit(payDays, -5, 5, cutoff)
                    : kind < 0.8 ? new DemoFlows.PayHabit(payDays, -2, 20, cutoff)
                    : new DemoFlows.PayHabit(payDays, 10, 75, cutoff);
            String notes = cutoff != null ? "每月" + cutoff + "日前提交发票，逾期顺延至次月入账"
                    : habit.delayMin() >= 10 ? "付款审批流程长，到期前两周开始跟进" : null;
            Customer cu = new Customer(0, c.name(), c.aliases(), DemoNames.taxId(r, c), DemoNames.person(r),
                    DemoNames.phone(r, c), DemoNames.address(r, c), cutoff, terms, notes, 0, null, null,
                    ruleOf(terms));
            String owner = DemoNames.SALESPEOPLE.get(owners.indexOf(i) % DemoNames.SALESPEOPLE.size());
            out.add(new Account(cu, habit, owner, i < 3 ? 10 : 1 + r.nextInt(6), terms));
        }
        return out;
    }

    /** The structured payment rule a terms text such as "月结60天" or "票到60天付款" stands for, or null. */
    static io.cashtrail.domain.PaymentRule ruleOf(String terms) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)天").matcher(terms == null ? "" : terms);
        if (!m.find()) {
            return null;
        }
        int days = Integer.parseInt(m.group(1));
        return terms.startsWith("月结") ? io.cashtrail.domain.PaymentRule.endOfMonthPlus(days)
                : io.cashtrail.domain.PaymentRule.daysAfterInvoice(days);
    }

    private List<Deal> deals(List<Account> accounts) {
        List<Integer> batches = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            batches.add(i < 100 ? 1 : i < 130 ? 2 : 3);
        }
        Collections.shuffle(batches, r);
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            ages.add(i < 3 ? 1 + r.nextInt(14) : r.nextInt(730));
        }
        ages.sort(Collections.reverseOrder());
        List<Integer> customers = customerOfEachContract(accounts);
        Map<Integer, Integer> numbers = new HashMap<>();
        List<Deal> out = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            Account a = accounts.get(customers.get(i));
            LocalDate signed = today.minusDays(ages.get(i));
            int no = numbers.merge(signed.getYear(), 80 + r.nextInt(60), (old, x) -> old + 1 + r.nextInt(5));
            String contractNo = String.format("HT%d-%04d", signed.getYear(), no);
            DemoNames.Product p = DemoNames.PRODUCTS.get(r.nextInt(DemoNames.PRODUCTS.size()));
            int n = batches.get(i);
            BigDecimal amount = amount(p.typical(), n == 1 ? 80_000 : n == 2 ? 400_000 : 800_000);
            DemoTerms terms = terms(a.terms());
            String owner = r.nextDouble() < 0.85 ? a.owner()
                    : DemoNames.SALESPEOPLE.get(r.nextInt(DemoNames.SALESPEOPLE.size()));
            String title = p.name() + (r.nextBoolean() ? "采购合同" : "供货及安装合同");
            Contract ct = new Contract(0, contractNo, 0, title, signed, amount, TAX_RATE, owner, terms.text(), null, 0,
                    null, null);
            boolean clean = i < CLEAN_CONTRACTS;
            List<BigDecimal> parts = splitBatches(amount, n);
            List<Order> orders = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                DemoSchedule.Schedule plan = DemoSchedule.stages(r, signed, b, clean, today);
                String desc = p.name() + (n > 1 ? "（第" + (b + 1) + "批）" : "");
                orders.add(new Order(0, 0, contractNo + String.format("-%02d", b + 1), desc, parts.get(b), owner,
                        plan.stages(), plan.note(), 0, null, null));
            }
            out.add(new Deal(customers.get(i), ct, terms, clean, orders));
        }
        return out;
    }

    /** Every customer gets at least one contract; the rest go to customers by weight (big ones buy more). */
    private List<Integer> customerOfEachContract(List<Account> accounts) {
        List<Integer> out = new ArrayList<>();
        int total = accounts.stream().mapToInt(Account::weight).sum();
        for (int i = 0; i < CONTRACTS; i++) {
            if (i < accounts.size()) {
                out.add(i);
                continue;
            }
            int pick = r.nextInt(total);
            int k = 0;
            while (pick >= accounts.get(k).weight()) {
                pick -= accounts.get(k++).weight();
            }
            out.add(k);
        }
        Collections.shuffle(out, r);
        return out;
    }

    /** A contract amount around the product's typical size: mostly round, some net-plus-VAT with cents. */
    private BigDecimal amount(long typical, long min) {
        double factor = Math.exp(r.nextGaussian() * 0.6);
        long yuan = Math.max(min, Math.min(8_000_000, Math.round(typical * factor)));
        double style = r.nextDouble();
        if (style < 0.4) {
            return Money.of(Math.max(min, yuan / 10_000 * 10_000));
        }
        if (style < 0.65) {
            return Money.of(Math.max(min, yuan / 1_000 * 1_000));
        }
        if (style < 0.85) {
            BigDecimal net = BigDecimal.valueOf(yuan).divide(new BigDecimal("1.13"), 0, RoundingMode.UP);
            return Money.normalize(net.multiply(new BigDecimal("1.13")).min(Money.of(8_000_000)));
        }
        return Money.of(yuan).add(BigDecimal.valueOf(r.nextInt(100), 2)).min(Money.of(8_000_000));
    }

    private List<BigDecimal> splitBatches(BigDecimal amount, int n) {
        int[] percent = n == 1 ? new int[] {100} : n == 2 ? new int[] {50 + r.nextInt(21), 0}
                : new int[] {40 + r.nextInt(11), 30 + r.nextInt(6), 0};
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal rest = amount;
        for (int i = 0; i < n; i++) {
            BigDecimal part = i == n - 1 ? rest : amount.multiply(BigDecimal.valueOf(percent[i]))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100));
            parts.add(Money.normalize(part));
            rest = rest.subtract(part);
        }
        return parts;
    }

    private DemoTerms terms(String customerTerms) {
        if (customerTerms.equals("3-6-1")) {
            return DemoTerms.T361;
        }
        if (customerTerms.equals("30/65/5")) {
            return DemoTerms.T30_65_5;
        }
        double p = r.nextDouble();
        return p < 0.3 ? DemoTerms.T361 : p < 0.45 ? DemoTerms.T30_65_5 : p < 0.65 ? DemoTerms.T3331
                : DemoTerms.ON_ACCEPTANCE;
    }

    /** Stalls some orders so that every stage up to invoicing is some order's current stage (at least twice). */
    private void coverEveryStage(List<Deal> deals) {
        for (Stage s : Stage.values()) {
            if (s == Stage.PAID) {
                continue;
            }
            List<int[]> later = new ArrayList<>();
            int at = 0;
            for (int d = 0; d < deals.size(); d++) {
                for (int o = 0; o < deals.get(d).orders().size(); o++) {
                    Stage current = OrderProgress.of(deals.get(d).orders().get(o).stages(), today).currentStage();
                    at += current == s ? 1 : 0;
                    if (!deals.get(d).clean() && current.ordinal() > s.ordinal()) {
                        later.add(new int[] {d, o});
                    }
                }
            }
            for (; at < 2 && !later.isEmpty(); at++) {
                int[] pick = later.remove(r.nextInt(later.size()));
                List<Order> orders = deals.get(pick[0]).orders();
                Order o = orders.get(pick[1]);
                orders.set(pick[1], o.withStages(DemoSchedule.truncateAfter(o.stages(), s))
                        .withNotes(o.notes() == null ? "客户通知项目暂缓，等待复工通知" : o.notes()));
            }
        }
    }

    private Result insert(Database db, List<Account> accounts, List<Deal> deals) {
        DemoFlows flows = new DemoFlows(r, today);
        List<Customer> customers = new ArrayList<>();
        for (Account a : accounts) {
            customers.add(db.customers().insert(a.customer()));
        }
        int orders = 0;
        int installments = 0;
        int shipments = 0;
        int invoices = 0;
        int payments = 0;
        for (Deal deal : deals) {
            Account a = accounts.get(deal.account());
            long customerId = customers.get(deal.account()).id();
            Contract c = deal.contract();
            Contract saved = db.contracts().insert(new Contract(0, c.contractNo(), customerId, c.title(),
                    c.signedDate(), c.amount(), c.taxRate(), c.owner(), c.paymentTerms(), c.notes(), 0, null, null));
            for (Order o : deal.orders()) {
                DemoFlows.Flow flow = flows.of(o.amount(), o.stages(), deal.terms(), a.habit(), deal.clean());
                Order so = db.orders().insert(new Order(0, saved.id(), o.orderNo(), o.description(), o.amount(),
                        o.owner(), flow.stages(), o.notes(), 0, null, null));
                flow = flow.withIds(so.id(), customerId);
                flow.installments().forEach(db.installments()::insert);
                flow.shipments().forEach(db.shipments()::insert);
                flow.invoices().forEach(db.invoices()::insert);
                flow.payments().forEach(db.payments()::insert);
                orders++;
                installments += flow.installments().size();
                shipments += flow.shipments().size();
                invoices += flow.invoices().size();
                payments += flow.payments().size();
            }
        }
        return new Result(customers.size(), deals.size(), orders, installments, shipments, invoices, payments);
    }

    private List<Integer> shuffled(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, r);
        return list;
    }
}
