#include <doctest/doctest.h>

#include "load/length_parser.h"

using namespace handout;

TEST_CASE("load: lengths convert to points") {
  CHECK(parse_length("12pt").points == doctest::Approx(12));
  CHECK(parse_length(" 10.5 pt ").points == doctest::Approx(10.5));
  CHECK(parse_length("1in").points == doctest::Approx(72));
  CHECK(parse_length("25.4mm").points == doctest::Approx(72));
  CHECK(parse_length("2.54cm").points == doctest::Approx(72));
  CHECK(parse_length("20MM").points == doctest::Approx(20 * 72 / 25.4));
  CHECK(parse_length(".5in").points == doctest::Approx(36));
  CHECK(parse_length("3.pt").points == doctest::Approx(3));
  CHECK(parse_length("-2mm").points == doctest::Approx(-2 * 72 / 25.4));
  CHECK(parse_length("+4pt").points == doctest::Approx(4));
}

TEST_CASE("load: a bare number is no length, except 0") {
  ParsedLength bare = parse_length("10");
  CHECK_FALSE(bare.points.has_value());
  CHECK(bare.problem == "'10' has no unit; write a unit: 10pt, 10mm or 10in");
  CHECK(parse_length(" 3.5 ").problem ==
        "' 3.5 ' has no unit; write a unit: 3.5pt, 3.5mm or 3.5in");
  CHECK(parse_length("-2").problem == "'-2' has no unit; write a unit: -2pt, -2mm or -2in");
  CHECK(parse_length("0").points == doctest::Approx(0));
  CHECK(parse_length("0.0").points == doctest::Approx(0));
  ParsedMeasure measure = parse_length_or_percentage("12");
  CHECK_FALSE(measure.ok());
  CHECK(measure.problem ==
        "'12' has no unit; write a unit: 12pt, 12mm or 12in (or a percentage: 12%)");
  CHECK(parse_length_or_percentage("0").points == doctest::Approx(0));
}

TEST_CASE("load: bad lengths say what is allowed") {
  CHECK(parse_length("12 pc").problem == "'12 pc' has the unit 'pc'; lengths use pt, mm, cm or in");
  CHECK(parse_length("12px").problem == "'12px' has the unit 'px'; lengths use pt, mm, cm or in");
  CHECK(parse_length("wide").problem == "'wide' is not a length; write e.g. 12pt or 20mm");
  CHECK(parse_length("").problem == "'' is not a length; write e.g. 12pt or 20mm");
  CHECK(parse_length(".").problem == "'.' is not a length; write e.g. 12pt or 20mm");
  CHECK(parse_length("1e3pt").problem ==
        "'1e3pt' has the unit 'e3pt'; lengths use pt, mm, cm or in");
  CHECK(parse_length("50%").problem ==
        "'50%' is a percentage, but this must be a length in pt, mm, cm or in");
  CHECK_FALSE(parse_length("12 pc").points.has_value());
}

TEST_CASE("load: lengths or percentages") {
  ParsedMeasure percent = parse_length_or_percentage("130%");
  CHECK_FALSE(percent.points.has_value());
  CHECK(percent.fraction == doctest::Approx(1.3));
  ParsedMeasure length = parse_length_or_percentage("14pt");
  CHECK(length.points == doctest::Approx(14));
  CHECK_FALSE(length.fraction.has_value());
  ParsedMeasure bad = parse_length_or_percentage("lots");
  CHECK_FALSE(bad.ok());
  CHECK(bad.problem == "'lots' is not a length or a percentage; write e.g. 12pt, 20mm or 120%");
}

TEST_CASE("load: points are written short in messages") {
  CHECK(format_points(12) == "12pt");
  CHECK(format_points(56.692913) == "56.69pt");
  CHECK(format_points(10.5) == "10.5pt");
  CHECK(format_points(-0.001) == "0pt");
}
