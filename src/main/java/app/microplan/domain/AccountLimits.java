package app.microplan.domain;

import java.math.BigDecimal;

/**
 * The account rules a trader sets per account (docs/design.md section 3): how much may be at risk at the stops of
 * all READY and OPEN plans together, how much may be lost in one day, and how long to pause after a losing
 * streak. A trader may make each stricter, never looser, so each is bounded here; a missing value (an older
 * settings file) takes the design's default.
 *
 * @param openRiskCap     risk at the stop of the account's READY and OPEN plans plus this one, as a fraction of
 *                        equity: above 0, at most 0.03
 * @param dailyLossCap    today's realized loss plus this plan's risk, as a fraction of equity: above 0, at most 0.03
 * @param coolDownLosses  losing trades in a row that start a cool-down: 1 or 2 (fewer is stricter)
 * @param coolDownMinutes how long no plan of the account may be marked ready after the last of those losses:
 *                        at least 60, at most a week (longer is stricter)
 */
public record AccountLimits(BigDecimal openRiskCap, BigDecimal dailyLossCap, Integer coolDownLosses,
                            Integer coolDownMinutes) {

    public static final BigDecimal MAX_OPEN_RISK_CAP = new BigDecimal("0.03");
    public static final BigDecimal MAX_DAILY_LOSS_CAP = new BigDecimal("0.03");
    public static final int MAX_COOL_DOWN_LOSSES = 2;
    public static final int MIN_COOL_DOWN_MINUTES = 60;
    public static final int MAX_COOL_DOWN_MINUTES = 7 * 24 * 60;

    public AccountLimits {
        openRiskCap = openRiskCap == null ? MAX_OPEN_RISK_CAP : openRiskCap;
        dailyLossCap = dailyLossCap == null ? MAX_DAILY_LOSS_CAP : dailyLossCap;
        coolDownLosses = coolDownLosses == null ? MAX_COOL_DOWN_LOSSES : coolDownLosses;
        coolDownMinutes = coolDownMinutes == null ? MIN_COOL_DOWN_MINUTES : coolDownMinutes;
        requireCap(openRiskCap, MAX_OPEN_RISK_CAP, "open-risk cap");
        requireCap(dailyLossCap, MAX_DAILY_LOSS_CAP, "daily loss cap");
        if (coolDownLosses < 1 || coolDownLosses > MAX_COOL_DOWN_LOSSES) {
            throw new IllegalArgumentException("cool-down must start after 1 or " + MAX_COOL_DOWN_LOSSES
                    + " losing trades in a row, was " + coolDownLosses);
        }
        if (coolDownMinutes < MIN_COOL_DOWN_MINUTES || coolDownMinutes > MAX_COOL_DOWN_MINUTES) {
            throw new IllegalArgumentException("cool-down must last at least " + MIN_COOL_DOWN_MINUTES
                    + " minutes and at most " + MAX_COOL_DOWN_MINUTES + " (a week), was " + coolDownMinutes);
        }
    }

    /** The design's defaults: open risk 3 %, daily loss 3 %, 60 minutes after 2 losses in a row. */
    public static AccountLimits defaults() {
        return new AccountLimits(null, null, null, null);
    }

    /** What a change of limits says in words, for the reason a READY plan went back to draft ("open-risk cap lowered to 2.00 %"). */
    public String describeChangeFrom(AccountLimits before) {
        if (openRiskCap.compareTo(before.openRiskCap) != 0) {
            return "open-risk cap " + (openRiskCap.compareTo(before.openRiskCap) < 0 ? "lowered" : "raised") + " to "
                    + Money.percent(openRiskCap);
        }
        if (dailyLossCap.compareTo(before.dailyLossCap) != 0) {
            return "daily loss cap " + (dailyLossCap.compareTo(before.dailyLossCap) < 0 ? "lowered" : "raised") + " to "
                    + Money.percent(dailyLossCap);
        }
        if (!coolDownLosses.equals(before.coolDownLosses) || !coolDownMinutes.equals(before.coolDownMinutes)) {
            return "cool-down now " + coolDownMinutes + " minutes after " + losses(coolDownLosses);
        }
        return "";
    }

    static String losses(int count) {
        return count == 1 ? "a losing trade" : count + " losing trades in a row";
    }

    private static void requireCap(BigDecimal cap, BigDecimal max, String what) {
        if (cap.signum() <= 0 || cap.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be above 0 % and at most " + Money.percent(max)
                    + ", was " + Money.percent(cap));
        }
    }
}
