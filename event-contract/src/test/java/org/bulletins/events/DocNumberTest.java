package org.bulletins.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "包府发〔2024〕60号|包府发〔2024〕60号",
            "包府发[2024]60号|包府发〔2024〕60号",
            "包府发(2024)60号|包府发〔2024〕60号",
            "包府发（2024）60号|包府发〔2024〕60号",
            "包府发【2024】60号|包府发〔2024〕60号",
            "包府发2024-60|包府发〔2024〕60号",
            "包府办发2024-126|包府办发〔2024〕126号",
            " 包府发 〔2024〕 第60号 |包府发〔2024〕60号",
            "内工信化工函〔2023〕225号|内工信化工函〔2023〕225号",
    })
    void readsEverySpellingAUserTypes(String spelling, String canonical) {
        assertEquals(canonical, DocNumber.parse(spelling).orElseThrow().canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "烟花爆竹", "2024年12月24日", "包府发", "60号"})
    void rejectsWhatIsNotADocumentNumber(String text) {
        assertTrue(DocNumber.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "包府发〔2024〕60号|包府发〔2024〕60号|包府发〔2024〕60号",
            "（内工信化工函〔2023〕225号）和|内工信化工函〔2023〕225号|内工信化工函〔2023〕225号",
    })
    void findsANumberInsideALine(String line, String raw, String canonical) {
        DocNumber.Found found = DocNumber.find(line).orElseThrow();
        assertEquals(raw, found.raw());
        assertEquals(canonical, found.number().canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年12月24日", "第 12 期 ( 总第151期 )", "2024年第12期"})
    void findsNoNumberInDatesAndIssueLines(String line) {
        assertTrue(DocNumber.find(line).isEmpty(), line);
    }
}
