package org.bulletins.analysis;

import java.util.List;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** The settings of a {@code word_synonyms} filter in an index's analysis settings. */
@AnalysisSettings
public interface SynonymSettings {

    /** Rules in the Solr format: {@code 任免, 任命, 免职} (all equivalent) or {@code 外贸 => 外贸, 进出口} (one way). */
    @ListSetting(path = "synonyms")
    List<String> synonyms();
}
