package app.microplan.store;

import app.microplan.domain.RiskPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings a plan file written by an older Microplan up to the current schema, one version at a time. The file
 * on disk is left as it is until the plan is saved, which writes the current schema.
 * <p>
 * Adding a field to {@code TradePlan} means a new schema version: raise {@link JournalStore#PLAN_SCHEMA_VERSION}
 * and add a step here (a step may do nothing when the new field may be absent), so that an older Microplan
 * opens the new files read-only instead of dropping the field on its next save.
 */
final class PlanMigrations {

    /** Step {@code i} turns a version-{@code i} plan into a version-{@code i + 1} plan. */
    static final List<Consumer<ObjectNode>> STEPS = List.of(PlanMigrations::fromPreviewFormat);

    private PlanMigrations() {
    }

    static void upgrade(ObjectNode plan, int fromVersion) {
        for (int version = fromVersion; version < STEPS.size(); version++) {
            STEPS.get(version).accept(plan);
        }
    }

    /*
     * Version 0, the preview builds: no schemaVersion; the risk cap as a percentage ("riskPercent": 1); the
     * account as two loose fields ("accountName", "equity") without the other plans' margin, which the preview
     * did not track; the checklist as plain lines of text, none ticked.
     */
    private static void fromPreviewFormat(ObjectNode plan) {
        ObjectNode policy = Json.MAPPER.valueToTree(RiskPolicy.defaults());
        JsonNode riskPercent = plan.remove("riskPercent");
        if (riskPercent != null) {
            policy.set("riskCap", riskPercent.isNumber()
                    ? plan.numberNode(riskPercent.decimalValue().movePointLeft(2)) : riskPercent);
        }
        plan.set("policy", policy);

        JsonNode name = plan.remove("accountName");
        JsonNode equity = plan.remove("equity");
        ObjectNode account = plan.objectNode();
        account.set("accountName", name != null ? name : plan.textNode("Main"));
        account.set("equity", equity != null ? equity : plan.numberNode(BigDecimal.ZERO));
        account.set("otherPlansMargin", plan.numberNode(BigDecimal.ZERO));
        plan.set("account", account);

        if (plan.get("checklist") instanceof ArrayNode lines) {
            ArrayNode items = plan.arrayNode();
            for (JsonNode line : lines) {
                items.add(line.isTextual() ? plan.objectNode().put("text", line.asText()).put("checked", false) : line);
            }
            plan.set("checklist", items);
        }
    }
}
