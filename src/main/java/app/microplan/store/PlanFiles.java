package app.microplan.store;

import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One plan as a JSON file: {@code schemaVersion} first, then the plan's fields. */
final class PlanFiles {
    private PlanFiles() {
    }

    static byte[] bytes(TradePlan plan) throws IOException {
        ObjectNode tree = Json.MAPPER.createObjectNode().put("schemaVersion", JournalStore.PLAN_SCHEMA_VERSION);
        tree.setAll((ObjectNode) Json.MAPPER.valueToTree(plan));
        return Json.MAPPER.writeValueAsBytes(tree);
    }

    static LoadedPlan read(Path file) throws StoreException {
        try {
            if (Files.size(file) == 0) {
                throw new StoreException("the file is empty");
            }
            JsonNode tree = Json.MAPPER.readTree(file.toFile());
            if (!(tree instanceof ObjectNode object)) {
                throw new StoreException("the file does not hold a plan object");
            }
            int version = object.path("schemaVersion").asInt(0);
            boolean newer = version > JournalStore.PLAN_SCHEMA_VERSION;
            object.remove("schemaVersion");
            return new LoadedPlan(Json.MAPPER.treeToValue(object, TradePlan.class), newer);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(JournalStore.reason(e), e);
        }
    }
}
