package org.pobratim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable in-memory Lucene index over the names of some entries. Names are folded before indexing
 * ({@link org.pobratim.names.NameFolding}: script, diacritics and case removed), once as a whole ({@code exact}, for exact and
 * autocomplete matches) and once word by word ({@code words}, for word prefixes and typos).
 */
final class SearchIndex {
    static final String EXACT = "exact";
    static final String WORDS = "words";
    static final String COUNTRY = "country";
    static final String TIES = "ties";
    static final String POPULATION = "population";
    private static final String ORDINAL = "ord";

    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.freeze();
    }

    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
            new SortField(TIES, SortField.Type.LONG, true), new SortField(POPULATION, SortField.Type.LONG, true));

    private final List<SearchEntry> entries;
    private final IndexSearcher searcher;

    List<SearchEntry> entries() {
        return entries;
    }

    SearchIndex(Collection<SearchEntry> entries) {
        this.entries = List.copyOf(entries);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < this.entries.size(); i++) {
                writer.addDocument(document(i, this.entries.get(i)));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int ordinal, SearchEntry entry) {
        Document doc = new Document();
        doc.add(new StoredField(ORDINAL, ordinal));
        entry.foldedNames().stream().filter(n -> !n.isEmpty()).distinct().forEach(folded -> {
            doc.add(new StringField(EXACT, folded, Field.Store.NO));
            doc.add(new Field(WORDS, folded, WORDS_TYPE));
        });
        doc.add(new StringField(COUNTRY, entry.country(), Field.Store.NO));
        doc.add(new NumericDocValuesField(TIES, entry.ties()));
        doc.add(new NumericDocValuesField(POPULATION, entry.population()));
        return doc;
    }

    /** The best {@code limit} entries for the query, ranked by score, then ties, then population. */
    List<Scored> search(Query query, int limit) {
        try {
            TopFieldDocs top = searcher.search(query, limit, RANKING, true);
            List<Scored> found = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                int ordinal = searcher.storedFields().document(doc.doc).getField(ORDINAL).numericValue().intValue();
                found.add(new Scored(entries.get(ordinal), Math.round(doc.score)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entry with the score its names earned. */
    record Scored(SearchEntry entry, int score) {
    }
}
