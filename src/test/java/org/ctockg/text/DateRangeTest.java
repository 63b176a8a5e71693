package org.ctockg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "17 and 18 October 2012; 2012-10-17; 2012-10-18",
        "15, 16 and 18 October 2012; 2012-10-15; 2012-10-18",
        "28\u201331 May 2018; 2018-05-28; 2018-05-31",
        "1-2 October 2009; 2009-10-01; 2009-10-02",
        "held in Vienna from 17 to 19 October 2016; 2016-10-17; 2016-10-19",
        "from 30 September to 4 October 2013; 2013-09-30; 2013-10-04",
        "from 31 December 2012 to 2 January 2013; 2012-12-31; 2013-01-02",
        "on 5 June 2014; 2014-06-05; 2014-06-05"})
    void spans(String text, String start, String end) {
        DateRange r = DateRange.find(text).orElseThrow();
        assertEquals(start, r.start().toString());
        assertEquals(end, r.end().toString());
    }

    @ParameterizedTest
    @CsvSource({"no date here", "31 February 2012"})
    void notADate(String text) {
        assertTrue(DateRange.find(text).isEmpty());
    }
}
