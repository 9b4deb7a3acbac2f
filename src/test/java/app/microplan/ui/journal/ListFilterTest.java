package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.store.SearchText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFilterTest {
    @Test
    void onlyNoStatusAndNoWordShowsEverything() {
        assertThat(ListFilter.of(List.of(), "").showsEverything()).isTrue();
        assertThat(ListFilter.of(List.of(), "   ").showsEverything()).isTrue();
        assertThat(ListFilter.of(List.of(), null).showsEverything()).isTrue();
        assertThat(ListFilter.of(List.of(PlanStatus.READY), "").showsEverything()).isFalse();
        assertThat(ListFilter.of(List.of(), " breakout ").showsEverything()).isFalse();
    }

    @Test
    void everyWordMustBeFoundAndTheStatusChosen() {
        ListFilter filter = ListFilter.of(List.of(PlanStatus.READY, PlanStatus.OPEN), "Level  HELD");
        SearchText text = SearchText.of("btc breakout: the level held twice");

        assertThat(filter.matches(PlanStatus.READY, text)).isTrue();
        assertThat(filter.matches(PlanStatus.READY, "btc breakout: the level held twice")).isTrue();
        assertThat(filter.matches(PlanStatus.DRAFT, text)).isFalse();
        assertThat(filter.matches(PlanStatus.OPEN, SearchText.of("the level failed"))).isFalse();
    }
}
