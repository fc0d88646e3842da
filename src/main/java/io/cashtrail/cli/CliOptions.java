package io.cashtrail.cli;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ForecastReport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option values shared by the collections commands. */
final class CliOptions {
    private CliOptions() {
    }

    static ForecastReport.GroupBy groupBy(CommandSpec spec, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "customer" -> ForecastReport.GroupBy.CUSTOMER;
            case "owner", "salesperson" -> ForecastReport.GroupBy.OWNER;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.by", value));
        };
    }

    /** "not due", "1-30", "over 365", "1年以内" … */
    static String bucketName(AgingBucket b) {
        String key = "aging.bucket." + b.key();
        if (Messages.has(key)) {
            return Messages.get(key);
        }
        if (b.maxDays() == null) {
            return Messages.get("aging.bucket.over", b.minDays() - 1);
        }
        return b.minDays() + "-" + b.maxDays();
    }
}
