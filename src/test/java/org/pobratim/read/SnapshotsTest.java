package org.pobratim.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.Tie;
import org.pobratim.ingest.BundleLoader;

/** The read side: what a snapshot derives is computed once, and a change swaps in a snapshot that agrees with it. */
class SnapshotsTest {
    private static Atlas fixture(long version, boolean withoutUndatedTie) {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), Atlas.empty());
        List<Tie> ties = new ArrayList<>(bundle.ties());
        if (withoutUndatedTie) {
            ties.removeIf(t -> !t.established().isKnown());
        }
        return new Atlas(version, bundle.sources(), bundle.cities(), ties);
    }

    @Test
    void everyReadOfOneSnapshotSharesTheReportComputedWhenItWasBuilt() {
        Snapshots reads = new Snapshots(Snapshot.of(fixture(1, false), TestGazetteer.sample()));
        Snapshot first = reads.get();
        assertThat(reads.get()).isSameAs(first);
        assertThat(reads.get().quality()).isSameAs(first.quality());
        assertThat(first.quality().tiesWithoutYear()).containsExactly("rs-prizren--tr-bodrum");
        assertThat(first.quality().gazetteerChecked()).isTrue();
        assertThat(first.answers().ties()).isEqualTo(8);
    }

    @Test
    void aNewAtlasSwapsInAReportOfItAndKeepsTheGazetteerAndItsIndex() {
        Gazetteer gazetteer = TestGazetteer.sample();
        Snapshots reads = new Snapshots(Snapshot.of(fixture(1, false), gazetteer));
        Snapshot before = reads.get();
        reads.atlasChanged(fixture(2, true));
        Snapshot after = reads.get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.atlas().version()).isEqualTo(2);
        assertThat(after.quality().tiesWithoutYear()).isEmpty();
        assertThat(after.answers().ties()).isEqualTo(7);
        assertThat(after.gazetteer()).isSameAs(gazetteer);
        assertThat(after.search().search("Springfield", 3, "US")).hasSize(3);
        assertThat(after.search().search("Prizren", 1, null).get(0).entry().ties()).isZero();
        assertThat(before.search().search("Prizren", 1, null).get(0).entry().ties()).isEqualTo(1);
    }

    @Test
    void aNewGazetteerSwapsInAnIndexAndChecksOfIt() {
        Snapshots reads = new Snapshots(Snapshot.of(fixture(1, false), Gazetteer.empty()));
        assertThat(reads.get().quality().gazetteerChecked()).isFalse();
        assertThat(reads.get().search().search("Springfield", 3, null)).isEmpty();
        reads.gazetteerChanged(TestGazetteer.sample());
        assertThat(reads.get().quality().gazetteerChecked()).isTrue();
        assertThat(reads.get().search().search("Springfield", 3, null)).hasSize(3);
    }
}
