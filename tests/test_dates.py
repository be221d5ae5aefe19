"""Dates resolved against the article's own date, and clock times with their zones.

The article in these tests is dated Wednesday 22 October 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import extract_dates, extract_times
from factcheck.models import DateValue

WEDNESDAY = dt.date(2025, 10, 22)


def only_date(sentence: str, published: dt.date | None = WEDNESDAY) -> tuple[str, DateValue]:
    """The one date expression in `sentence`: its text and its value."""
    [hit] = extract_dates(sentence, published)
    return sentence[hit.start : hit.end], hit.date


@pytest.mark.parametrize(
    ("sentence", "expression", "day"),
    [
        ("A Russian strike hit Kyiv on Monday, officials said.", "on Monday", "2025-10-20"),
        ("The strike began early Monday morning.", "early Monday morning", "2025-10-20"),
        ("The strike happened on 20 October.", "20 October", "2025-10-20"),
        ("The strike happened on Oct. 20.", "Oct. 20", "2025-10-20"),
        ("The strike happened on October 20, 2025.", "October 20, 2025", "2025-10-20"),
        ("The ministry's statement is dated 2025-10-20.", "2025-10-20", "2025-10-20"),
        ("The two leaders last spoke last Friday.", "last Friday", "2025-10-17"),
        ("The attack began yesterday.", "yesterday", "2025-10-21"),
        ("The attack began three days ago.", "three days ago", "2025-10-19"),
        ("Trump will meet Rutte on Friday.", "on Friday", "2025-10-24"),
        ("Rutte arrived in Washington on Wednesday.", "on Wednesday", "2025-10-22"),
    ],
)
def test_day_expressions(sentence: str, expression: str, day: str) -> None:
    text, date = only_date(sentence)
    assert text == expression
    assert (date.first, date.last, date.granularity) == (dt.date.fromisoformat(day),) * 2 + ("day",)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The blackout started 2 weeks ago.", "2025-10-05", "2025-10-11"),  # half a week either side of 8 October
        ("The blackout started nearly a week ago.", "2025-10-15", "2025-10-18"),  # short of a week, not beyond it
        ("The fires erupted more than three weeks ago.", "2025-09-21", "2025-10-01"),  # beyond three weeks
    ],
)
def test_weeks_ago_is_the_days_that_round_to_it(sentence: str, first: str, last: str) -> None:
    _, date = only_date(sentence)
    assert (date.first, date.last, date.granularity) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
        "week",
    )


@pytest.mark.parametrize(
    ("sentence", "year"), [("The climber died 35 years ago.", 1990), ("The dam broke two decades ago.", 2005)]
)
def test_years_ago_is_a_year(sentence: str, year: int) -> None:
    _, date = only_date(sentence)
    assert (date.first, date.last, date.granularity) == (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [("The strike happened on 20 October.", True), ("The strike happened on October 20, 2025.", False)],
)
def test_a_day_without_year_is_relative_to_the_article(sentence: str, relative: bool) -> None:
    assert only_date(sentence)[1].relative is relative


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The river's record crest came on July 1, 1869.", dt.date(1869, 7, 1)),
        ("The old bridge opened on 3 May 1784.", dt.date(1784, 5, 3)),
        ("The town was founded in August 1851.", dt.date(1851, 8, 1)),
    ],
)
def test_a_year_of_an_older_century_after_a_month_is_its_year(sentence: str, day: dt.date) -> None:
    """Not the article's year: a record of 1869 is no day of this July."""
    assert only_date(sentence)[1].first == day


def test_a_day_month_far_ahead_of_the_article_is_last_year() -> None:
    """News looks back: "on 30 December" in an October article is most likely last December."""
    _, date = only_date("The plant was first hit on 30 December.")
    assert date.first == dt.date(2024, 12, 30)


def test_in_month_is_a_month_interval() -> None:
    text, date = only_date("The talks started in September.")
    assert text == "in September"
    assert (date.first, date.last, date.granularity) == (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")


def test_since_year_is_a_year_interval() -> None:
    text, date = only_date("Fighting has continued since 2022.")
    assert text == "since 2022"
    assert (date.first, date.last, date.granularity) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")


def test_relative_to_another_event_stays_unresolved() -> None:
    """ "Two days earlier" counts from some other event, not the article: no guess."""
    text, date = only_date("The first strike had come two days earlier.")
    assert text == "two days earlier"
    assert date.first is None and date.last is None
    assert date.unresolved_reason == "relative to another event"
    assert "unresolved" in date.describe()


@pytest.mark.parametrize("sentence", ["A Russian strike hit Kyiv on Monday.", "The attack began yesterday."])
def test_relative_day_without_article_date_stays_unresolved(sentence: str) -> None:
    _, date = only_date(sentence, published=None)
    assert date.first is None
    assert date.unresolved_reason == "the source date is unknown"


def test_absolute_date_needs_no_article_date() -> None:
    _, date = only_date("The strike happened on October 20, 2025.", published=None)
    assert date.first == dt.date(2025, 10, 20)


def test_no_date_in_plain_sentence() -> None:
    assert extract_dates("Six people were killed and 18 injured.", WEDNESDAY) == []


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("The raid took place between 9:30 and 9:40 a.m.", ["09:30\u201309:40"]),  # the end's half of the day
        ("The raid lasted from 09:30 to 09:38 GMT.", ["09:30\u201309:38 GMT"]),  # and its zone
        ("Voting ran from 11 p.m. to 1 a.m.", ["23:00\u201301:00"]),
        ("The warning ran between 1:30 and 2:30 p.m.", ["13:30\u201314:30"]),
        ("Polls are open 7-9 p.m.", ["21:00"]),  # a bare "7" may be anything: only the time is taken
        ("Police arrived at 09:30, and left at 10:15.", ["09:30", "10:15"]),  # two times, no span
    ],
)
def test_a_span_of_time_is_one_claim(sentence: str, described: list[str]) -> None:
    assert [hit.time.describe() for hit in extract_times(sentence)] == described


@pytest.mark.parametrize(
    ("sentence", "expression", "minutes", "zone", "approximate"),
    [
        ("The strike hit at 4 p.m. local time.", "4 p.m. local time", 16 * 60, "local", False),
        ("The strike hit at 16:00 GMT.", "16:00 GMT", 16 * 60, "GMT", False),
        ("The strike hit at 4pm.", "4pm", 16 * 60, None, False),
        ("Sirens sounded shortly after 3 a.m.", "shortly after 3 a.m.", 3 * 60, None, True),
        ("The first missiles struck at about 4:30 a.m., residents said.", "about 4:30 a.m.", 4 * 60 + 30, None, True),
        ("The two leaders met at noon.", "noon", 12 * 60, None, False),
        ("The curfew began at midnight.", "midnight", 0, None, False),
        ("Explosions were heard at 23:00 Kyiv time.", "23:00 Kyiv time", 23 * 60, "Kyiv time", False),
        ("The deadline is 5 p.m. ET on Friday.", "5 p.m. ET", 17 * 60, "ET", False),
        ("Sirens sounded at 12 a.m.", "12 a.m.", 0, None, False),
        # the wire's four digits, with a zone or "hrs"
        ("The quake struck at 0650 GMT on Friday.", "0650 GMT", 6 * 60 + 50, "GMT", False),
        ("The blast went off at 1430 hrs.", "1430", 14 * 60 + 30, None, False),
        ("A curfew runs from 2100 local time.", "2100 local time", 21 * 60, "local", False),
        ("The jet took off at 1339 IST from runway 23.", "1339 IST", 13 * 60 + 39, "IST", False),  # any zone's
    ],
)
def test_extract_times(sentence: str, expression: str, minutes: int, zone: str | None, approximate: bool) -> None:
    [hit] = extract_times(sentence)
    assert expression in sentence[hit.start : hit.end]
    assert (hit.time.minutes, hit.time.zone, hit.time.approximate) == (minutes, zone, approximate)


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("The ferry ran aground at 6:42 this morning.", 6 * 60 + 42),
        ("Two men arrived at 9.30 on Sunday morning.", 9 * 60 + 30),
        ("The count resumed at 2:10 in the afternoon.", 14 * 60 + 10),
        ("The polls close at 8 tonight.", 20 * 60),
        ("The alarm went off at 11:15 Tuesday night.", 23 * 60 + 15),
    ],
)
def test_a_clock_time_with_its_half_of_the_day_in_words(sentence: str, minutes: int) -> None:
    [hit] = extract_times(sentence)
    assert hit.time.minutes == minutes


def test_a_count_before_a_part_of_the_day_is_no_time() -> None:
    described = [hit.time.describe() for hit in extract_times("Police detained 5 in the morning raid.")]
    assert described == ["morning (05:00\u201312:00)"]  # the raid's part of the day, not 5 o'clock


@pytest.mark.parametrize(
    ("sentence", "words", "window"),
    [
        ("Jewels were taken during a daring midday heist.", "midday", (11 * 60, 14 * 60)),
        ("The 7.7 quake struck at midday near the city.", "midday", (11 * 60, 14 * 60)),
        ("Police said the late-night stabbing happened near the station.", "late-night", (22 * 60, 4 * 60)),
        ("The early morning floods swept through the valley.", "early morning", (0, 8 * 60)),
        ("A Sunday afternoon attack left three dead.", "afternoon", (12 * 60, 18 * 60)),
        ("The overnight raid on the compound lasted an hour.", "overnight", (20 * 60, 7 * 60)),
        ("Thirty died in the pre-dawn stampede at the river.", "pre-dawn", (0, 7 * 60)),  # 1:30 a.m. is before dawn
    ],
)
def test_a_part_of_the_day_said_of_the_deed_is_a_span_of_time(
    sentence: str, words: str, window: tuple[int, int]
) -> None:
    [hit] = extract_times(sentence)
    assert sentence[hit.start : hit.end] == words
    assert (hit.time.minutes, hit.time.until) == window


@pytest.mark.parametrize(
    "sentence",
    [
        "Thursday afternoon fire officials reported progress.",  # the noun names those who answer the fire
        "The night shift workers left the plant.",  # no deed
        "Storms are likely in the afternoon.",  # a part of the day, but not said of a deed
    ],
)
def test_a_part_of_the_day_not_said_of_a_deed_is_no_time(sentence: str) -> None:
    assert extract_times(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015 the town had 1200 residents.",
        "Some 1430 homes were lost.",
        "Police recovered 1200 hours of footage.",  # a duration
        "In 2019 GMT workers struck.",  # a year
        "The fire broke out during the 2024 CET exam.",  # a year before a name whose letters are a zone's
        "Delegates met at the 2010 NPT review.",
    ],
)
def test_four_digits_without_a_zone_are_no_time(sentence: str) -> None:
    assert extract_times(sentence) == []


def test_a_score_is_not_a_time() -> None:
    assert extract_times("The bill passed 52 to 48 in the Senate.") == []


@pytest.mark.parametrize(
    ("sentence", "minutes", "zone"),
    [
        ("The blast came at 2:30 PM on Friday.", 14 * 60 + 30, None),
        ("The first shock was recorded at 06:20:54 (UTC).", 6 * 60 + 20, "UTC"),
        ("It struck around 12.50pm local time.", 12 * 60 + 50, "local"),
        ("The quake struck at 11:48 PM (GMT +4.30) on Sunday.", 23 * 60 + 48, "GMT +4.30"),
        ("The quake struck at 11:25 p.m. Tuesday UTC.", 23 * 60 + 25, "UTC"),  # the zone after the day
        ("It struck at 1:25 p.m. HST, triggering alerts.", 13 * 60 + 25, "HST"),
        ("The siren sounded at 10:00 GMT - 3 hours before the blast.", 10 * 60, "GMT"),  # no offset
    ],
)
def test_clock_times_in_capitals_with_seconds_and_zones(sentence: str, minutes: int, zone: str | None) -> None:
    [hit] = extract_times(sentence)
    assert (hit.time.minutes, hit.time.zone) == (minutes, zone)


@pytest.mark.parametrize(
    ("sentence", "written", "day"),
    [
        ("She appeared before a magistrate on Saturday (Nov 1).", "on Saturday (Nov 1)", dt.date(2025, 11, 1)),
        ("The theft happened on Sunday ( Oct 18 ) at noon.", "on Sunday ( Oct 18 )", dt.date(2025, 10, 18)),
    ],
)
def test_a_weekday_glossed_in_brackets_is_the_date_in_brackets(sentence: str, written: str, day: dt.date) -> None:
    [hit] = extract_dates(sentence, dt.date(2025, 10, 20))
    assert (sentence[hit.start : hit.end], hit.date.first) == (written, day)


def test_a_weekday_before_other_brackets_stays_a_weekday() -> None:
    hits = extract_dates("They met on Monday (in Paris) and left.", dt.date(2025, 10, 22))
    assert [h.date.first for h in hits] == [dt.date(2025, 10, 20)]


def test_a_twelve_hour_time_with_seconds() -> None:
    [hit] = extract_times("The quake struck at 12:51:02 pm local time.")
    assert (hit.time.minutes, hit.time.zone) == (12 * 60 + 51, "local")


@pytest.mark.parametrize(
    ("sentence", "expressions"),
    [
        ("The toll rose to 312 as of Thursday morning.", []),  # when the count was read, not an event
        ("As of May 4, the blaze was 60% contained.", []),
        ("The dam failed on Thursday morning.", ["on Thursday morning"]),
        ("The office reported 17 deaths, up from 16 on Monday.", []),  # when an earlier figure was given
        ("The agency said in a statement on Monday that 12 had died.", []),
        ("“We are switching to recovery,” the chief told reporters Thursday morning.", []),  # the report's day
        ("The toll has risen to 312, the agency quoted the ministry as stating on Monday.", []),
        ("The toll is 312, Reuters quoted an official as saying on Monday.", []),
        ("The examiner updated the death toll on Monday to 24.", []),  # the day of the update
        ("Officials revised the toll on Monday's attack to 30.", ["on Monday's"]),  # a day that names the event
    ],
)
def test_the_day_a_figure_stood_as_of_dates_no_event(sentence: str, expressions: list[str]) -> None:
    assert [h.date.expression for h in extract_dates(sentence, dt.date(2025, 5, 9))] == expressions


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The toll rose to 20 on Monday after three more bodies were found.", "2025-10-20"),
        ("Officials said on Tuesday that 14 people had died.", "2025-10-21"),
        ("The examiner updated the death toll on Monday to 24.", "2025-10-20"),
        ("Fourteen people had died as of Monday, the ministry said.", "2025-10-20"),
        ("The county confirmed Sunday that 31 people remain missing.", "2025-10-19"),
        ("The quake struck on Monday and killed 14 people.", None),  # the day of the event, not of the figure
        ("The fire, first reported Tuesday, has burned 900 acres.", None),  # the event reported, not a figure
        ("Police said on Monday that 12 had died; the mayor said on Tuesday it was 14.", None),  # two days
        ("A report in the state newspaper on Monday said 3,354 had died.", "2025-10-20"),  # the verb after the day
        ("A report issued Tuesday by the agency said 17 million were affected.", "2025-10-21"),
        ("Eleven died in the fire, the coroner said in a statement Monday evening.", "2025-10-20"),
        ("At a Tuesday afternoon news conference, officials put the toll at 14.", "2025-10-21"),
        ("Two had died, the prosecutor told a press conference on Monday.", "2025-10-20"),
        ("The office reported 17 deaths, up from 16 on Monday.", None),  # the day of the earlier figure
        ("The sheriff spoke during a news conference on Sunday afternoon, saying that 68 had died.", "2025-10-19"),
        ("Speaking at a news conference Monday morning, the sheriff said 28 had died.", "2025-10-20"),
        ("He spoke at a rally on Monday about the 14 dead.", None),  # no report of figures
    ],
)
def test_the_day_a_sentence_gives_its_figures(sentence: str, day: str | None) -> None:
    from factcheck.extract.dates import reading_day

    found = reading_day(sentence, WEDNESDAY)
    assert (str(found) if found else None) == day


def test_an_undated_source_places_a_day_without_a_year_by_its_story() -> None:
    """ "On October 19" in an undated article of a story told in October 2025 is 19 October 2025; a day or month
    well after the story's month is of the year before; weekdays stay unplaced."""
    story = dt.date(2025, 10, 1)
    [hit] = extract_dates("The heist occurred on October 19 in Paris.", None, story)
    assert (str(hit.date.first), hit.date.relative) == ("2025-10-19", True)
    [month] = extract_dates("The museum was renovated in March.", None, story)
    assert (str(month.date.first), month.date.granularity) == ("2025-03-01", "month")
    [weekday] = extract_dates("The heist occurred on Sunday in Paris.", None, story)
    assert weekday.date.first is None
    [far] = extract_dates("The crown was made on May 1.", None, dt.date(2025, 11, 1))
    assert str(far.date.first) == "2025-05-01"
    [no_story] = extract_dates("The heist occurred on October 19 in Paris.", None)
    assert no_story.date.first is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # flags that "will fly" mourn an earthquake that has happened
        ("Flags will fly at half-mast until April 6 for the dead from Friday's earthquake in Ostby.", 28),
        ("Aid will flow to the victims of Sunday’s attack.", 30),
        ("Leaders will meet ahead of Friday's vote.", 4),  # a vote still to come
    ],
)
def test_an_event_named_by_its_day_after_a_word_that_looks_back_has_happened(sentence: str, day: int) -> None:
    [hit] = [
        h
        for h in extract_dates(sentence, dt.date(2025, 4, 1))
        if "'s" in h.date.expression or "’s" in h.date.expression
    ]
    assert hit.date.first is not None and hit.date.first.day == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Residents must leave Velm by Friday.", "2026-07-24"),  # a deadline to come
        ("The fire will be contained by Friday.", "2026-07-24"),
        ("Crews hope to have it contained by Friday.", "2026-07-24"),
        # a deadline met is past: the Tuesday before a Wednesday's report
        ("About 12,000 had left their homes by Tuesday evening, the minister said.", "2026-07-21"),
        ("The fire was contained by Monday.", "2026-07-20"),
        ("Officials had said it would be contained by Friday.", "2026-07-24"),  # said of what was to come
        ("Residents were ordered to leave by Friday.", "2026-07-24"),  # an order's deadline
        ("The ministry has closed all schools until Monday.", "2026-07-27"),  # a state that lasts until then
    ],
)
def test_a_day_after_by_is_ahead_unless_the_clause_says_it_was_done(sentence: str, day: str) -> None:
    [hit] = extract_dates(sentence, dt.date(2026, 7, 22))
    assert str(hit.date.first) == day


@pytest.mark.parametrize(
    ("sentence", "published", "described"),
    [
        ("The quake struck on 28/03/2025.", None, ["Friday 28 March 2025"]),  # only day first can be
        ("It happened on 3/28/2025.", None, ["Friday 28 March 2025"]),  # only month first can be
        ("The attack happened on 22.04.2025.", None, ["Tuesday 22 April 2025"]),
        ("The fire began on 1/7/2025.", dt.date(2025, 1, 10), ["Tuesday 7 January 2025"]),  # nearer the article
        ("The fire began on 1/7/2025.", dt.date(2025, 7, 3), ["Tuesday 1 July 2025"]),
        ("The fire began on 1/7/2025.", None, ["1/7/2025 (unresolved: day and month could be either way round)"]),
        # news looks back: of two readings, the one before the article, or after it where the sentence looks ahead
        ("He was arrested on 3/4/2025.", dt.date(2025, 3, 29), ["Tuesday 4 March 2025"]),
        ("The hearing will be held on 3/4/2025.", dt.date(2025, 3, 29), ["Thursday 3 April 2025"]),
        ("It was set for 31/02/2025.", None, []),  # no such day either way
        # a day of the month alone: of the article's month, or the month before
        ("The quake struck on the 28th.", dt.date(2025, 3, 29), ["Friday 28 March 2025"]),
        ("The dam burst on the 30th, officials said.", dt.date(2025, 4, 2), ["Sunday 30 March 2025"]),
        ("Crews reached the 28th floor.", dt.date(2025, 3, 29), []),
        ("It happened on the 28th floor.", dt.date(2025, 3, 29), []),
        ("Fires broke out on the 2nd and 3rd floors.", dt.date(2025, 3, 29), []),
        ("Talks collapsed in January, and the truce ended on the 28th.", dt.date(2025, 3, 29), ["January 2025"]),
        ("The bridge will reopen on the 8th.", dt.date(2025, 3, 10), ["Tuesday 8 April 2025"]),  # looks ahead
    ],
)
def test_a_day_written_in_figures(sentence: str, published: dt.date | None, described: list[str]) -> None:
    """A day in figures is read day first or month first, as the figures allow; where both can be, nearer the
    article's date. A day of the month named alone ("on the 28th") is of the article's month."""
    assert [hit.date.describe() for hit in extract_dates(sentence, published)] == described


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("At around 6 a.m. local time (12 a.m. ET), most power was back.", ["around 6 a.m. local time"]),
        ("The quake struck at 12:50 p.m. (0620 GMT) on Friday.", ["12:50 p.m."]),
        ("It began at 12:33 (10:33 GMT) and ended at 23:00.", ["12:33", "23:00"]),
        ("Trains ran at 9 a.m. (and again at 3 p.m.).", ["9 a.m.", "3 p.m."]),
        ("He was last seen at 9 p.m. (or 10 p.m.) on Friday.", ["9 p.m.", "10 p.m."]),  # another time, not a conversion
        ("The polls opened at 6 a.m. local time (2300 GMT Monday).", ["6 a.m. local time"]),
        ("Voting ran between 7 a.m. and 8 p.m. (0500 and 1800 GMT).", ["between 7 a.m. and 8 p.m."]),
    ],
)
def test_a_time_in_brackets_after_a_time_is_its_conversion_not_another_time(sentence: str, times: list[str]) -> None:
    assert [hit.time.expression for hit in extract_times(sentence) if not hit.conversion] == times


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        ("- Takeoff Time: 1:39 PM local time (08:09 UTC) from Runway 23", 330),
        ("The quake struck at 12:50 p.m. (0620 GMT) on Friday.", 390),
        ("The polls opened at 6 a.m. local time (2300 GMT Monday).", 420),
        # a clock whose offset turns with the season, or no exact time, gives no clock
        ("At 6 a.m. local time (12 a.m. ET), most power was back.", None),
        ("The blast came shortly after 3 a.m. (0745 GMT).", None),
    ],
)
def test_a_local_time_converted_to_universal_time_is_on_the_clock_the_two_make(
    sentence: str, offset: int | None
) -> None:
    """The conversion gives the local clock's offset; the time stays local, one clock with the story's others."""
    [local] = [hit for hit in extract_times(sentence) if not hit.conversion]
    assert local.time.utc_offset == offset
    assert local.time.zone in (None, "local")


@pytest.mark.parametrize(
    ("sentence", "story_month", "day"),
    [
        ("The Sept. 24 hearing is expected to draw crowds.", dt.date(2024, 7, 1), dt.date(2024, 9, 24)),
        ("The dam had cracked on June 30.", dt.date(2024, 7, 1), dt.date(2024, 6, 30)),
        ("The dam was last inspected on Dec. 20.", dt.date(2025, 1, 1), dt.date(2024, 12, 20)),
        ("The court ruled on April 4.", dt.date(2024, 12, 1), dt.date(2025, 4, 4)),
    ],
)
def test_a_day_and_month_in_an_undated_article_is_of_its_story_or_after(
    sentence: str, story_month: dt.date, day: dt.date
) -> None:
    """An undated article is of its story's month or some months later: a day-month is the one from seven months
    before the story's month to six months after it."""
    [hit] = extract_dates(sentence, None, story_month)
    assert hit.date.first == day
