package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A named setup the trader takes again and again ("breakout retest", "range fade"), with its own rules: the
 * criteria to tick before entering, the questions the written plan must answer, the least reward:risk worth
 * taking, the tags its plans start with and the share of the account it risks. A new plan can start from a
 * playbook; the journal review then shows what each playbook, and each of its criteria, has earned.
 *
 * @param checklist     the playbook's criteria, ticked on the plan's pre-trade checklist
 * @param prompts       questions the written plan must answer before the plan can be ready
 * @param minRewardRisk the least reward:risk a plan of this playbook should offer, or null for no minimum
 * @param tags          tags a new plan of this playbook starts with
 * @param riskCap       the share of equity a plan of this playbook risks (above 0, at most the 2 % the app
 *                      ever allows; a plan takes the lower of this and the trader's own cap)
 */
public record Playbook(String id, String name, String description, List<String> checklist, List<String> prompts,
                       BigDecimal minRewardRisk, List<String> tags, BigDecimal riskCap) {

    public Playbook {
        ContractSpec.requireText(id, "playbook id");
        ContractSpec.requireText(name, "playbook name");
        name = name.strip();
        description = description == null ? "" : description.strip();
        checklist = distinctLines(checklist, "checklist item");
        prompts = distinctLines(prompts, "prompt");
        tags = distinctLines(tags, "tag");
        if (minRewardRisk != null && minRewardRisk.signum() <= 0) {
            throw new IllegalArgumentException("the minimum reward:risk must be above 0, was "
                    + minRewardRisk.toPlainString());
        }
        riskCap = riskCap == null ? RiskPolicy.DEFAULT_RISK_CAP : riskCap;
        if (riskCap.signum() <= 0 || riskCap.compareTo(RiskPolicy.MAX_RISK_CAP) > 0) {
            throw new IllegalArgumentException("a playbook's risk must be above 0 % and at most "
                    + Money.percent(RiskPolicy.MAX_RISK_CAP) + ", was " + Money.percent(riskCap));
        }
    }

    /** A new playbook with a fresh id. */
    public static Playbook create(String name, String description, List<String> checklist, List<String> prompts,
                                  BigDecimal minRewardRisk, List<String> tags, BigDecimal riskCap) {
        return new Playbook(UUID.randomUUID().toString(), name, description, checklist, prompts, minRewardRisk, tags,
                riskCap);
    }

    /** Same name, ignoring case and surrounding spaces: names are how a trader tells playbooks apart. */
    public boolean isNamed(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    /** Blank lines dropped, each line once (ignoring case), in the order given. */
    private static List<String> distinctLines(List<String> lines, String what) {
        if (lines == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String stripped = line.strip();
            String key = stripped.toLowerCase(Locale.ROOT);
            if (!seen.contains(key)) {
                seen.add(key);
                kept.add(stripped);
            }
        }
        return List.copyOf(kept);
    }
}
