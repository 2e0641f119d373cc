# ruff: noqa: E501  (sentences are data: one per line, as written)
"""A hand-labelled dev set for the quantity extractor: news-style sentences and their quantities.

Written for chronocheck (issue #5), never taken from NewsQuant, which is a test
set only. Most sentences were written in news style for one phenomenon each
(scale words, ranges, bounds, changes, currencies, counted nouns, measures, and
numbers that are no quantities: years, dates, ordinals, phones, identifiers);
the rest are sentences of the TempEval-3 training articles (TimeBank, AQUAINT
wire text), labelled here by hand.

Each quantity is ``Q(value, high, unit, qualifier, change)`` in the terms of
:class:`chronocheck.models.Quantity`: the unit is the extractor's (a currency
code, a unit symbol, ``"percent"``, a time unit, or the counted noun as
written, lower-cased). Conventions: a range "from X to Y" that falls has
``value`` where it ended; the level a change reached ("fell 7% to $2.3
billion") is no change; a duration that offsets a date ("two years ago", "six
months after the crash") belongs to the timeline and is no quantity; an age
used as an adjective ("an 18-year-old bricklayer") is none either, as in
tests/articles, but an age said of someone is ("72 years old", "Amir, 27,").

:data:`CASES` pass; :data:`KNOWN_MISSES` give the right answer where the
extractor still fails (see the tests' strict xfail).
"""

from __future__ import annotations

from typing import NamedTuple


class Q(NamedTuple):
    """One expected quantity."""

    value: float
    high: float | None
    unit: str | None
    qualifier: str
    change: str | None


Case = tuple[str, tuple[Q, ...]]

CASES: tuple[Case, ...] = (
    (
        "The company reported a net profit of 2.5bn euros for the year.",
        (Q(2500000000, None, "EUR", "exact", None),),
    ),
    (
        "Nearly half a million people fled the fighting.",
        (Q(500000, None, "people", "approximately", None),),
    ),
    ("The bridge is one and a half kilometres long.", (Q(1.5, None, "km", "exact", None),)),
    (
        "Tens of thousands of protesters marched through the capital on Sunday.",
        (Q(10000, 100000, "protesters", "range", None),),
    ),
    (
        "Revenue for the 2012-13 season rose by 3% to £5bn.",
        (Q(3, None, "percent", "exact", "up"), Q(5000000000, None, "GBP", "exact", None)),
    ),
    (
        "Between 300 and 400 soldiers were deployed to the border.",
        (Q(300, 400, "soldiers", "range", None),),
    ),
    (
        "Over 5,000 signatures were collected in two days.",
        (Q(5000, None, "signatures", "more-than", None), Q(2, None, "day", "exact", None)),
    ),
    (
        "The bank said it would cut 500 jobs by next spring.",
        (Q(500, None, "jobs", "exact", "down"),),
    ),
    ("Shares fell 2 points in early trading.", (Q(2, None, "points", "exact", "down"),)),
    ("The firm paid US$3 a share for the stake.", (Q(3, None, "USD per share", "exact", None),)),
    ("The fund is worth EUR 40 million.", (Q(40000000, None, "EUR", "exact", None),)),
    ("Tickets cost Rs 500 each.", (Q(500, None, "INR", "exact", None),)),
    ("Some 290 people were on board the ferry.", (Q(290, None, "people", "approximately", None),)),
    (
        "The pipeline carries 1.2 million barrels of oil a day.",
        (Q(1200000, None, "barrel per day", "exact", None),),
    ),
    ("Temperatures reached 45 degrees in the south.", (Q(45, None, "degree", "exact", None),)),
    ("The lorry was carrying 20 tonnes of grain.", (Q(20, None, "t", "exact", None),)),
    ("The UN Security Council passed Resolution 598 in 1987.", ()),
    ("Call 0800 123 4567 for more information.", ()),
    ("He finished third in the 100m final.", (Q(100, None, "m", "exact", None),)),
    (
        "Unemployment rose 0.4 percentage points to 5.6 per cent.",
        (Q(0.4, None, "percentage point", "exact", "up"), Q(5.6, None, "percent", "exact", None)),
    ),
    ("Up to 40 people are feared dead.", (Q(40, None, "people", "at-most", None),)),
    (
        "About 3,000 homes were left without power.",
        (Q(3000, None, "homes", "approximately", None),),
    ),
    ("The city lies 250 km north of the capital.", (Q(250, None, "km", "exact", None),)),
    ("The deal is valued at $1.2 billion.", (Q(1200000000, None, "USD", "exact", None),)),
    (
        "Inflation hit a 30-year high of 9.1%.",
        (Q(30, None, "year", "exact", None), Q(9.1, None, "percent", "exact", None)),
    ),
    (
        "The government will spend £350m a week on the programme.",
        (Q(350000000, None, "GBP per week", "exact", None),),
    ),
    (
        "More than 1,200 migrants crossed the Channel on Tuesday.",
        (Q(1200, None, "migrants", "more-than", None),),
    ),
    (
        "Oil prices jumped 4% to $85 a barrel.",
        (Q(4, None, "percent", "exact", "up"), Q(85, None, "USD per barrel", "exact", None)),
    ),
    (
        "The index fell 120 points, or 1.5%, to 7,890.",
        (
            Q(120, None, "points", "exact", "down"),
            Q(1.5, None, "percent", "exact", "down"),
            Q(7890, None, None, "exact", None),
        ),
    ),
    ("He was sentenced to 12 years in prison.", (Q(12, None, "year", "exact", None),)),
    ("A 65-year-old man was arrested.", ()),
    ("Fewer than 10 cases were reported last week.", (Q(10, None, "cases", "less-than", None),)),
    (
        "At least 14 people were killed and dozens injured.",
        (Q(14, None, "people", "at-least", None), Q(12, 120, "injured", "range", None)),
    ),
    (
        "The population grew from 2.1 million to 2.4 million in a decade.",
        (Q(2100000, 2400000, None, "range", "up"),),
    ),
    ("Sales dropped 12 per cent in the first quarter.", (Q(12, None, "percent", "exact", "down"),)),
    ("It is one of the 10 largest cities in the world.", (Q(10, None, "cities", "exact", None),)),
    (
        "The strike involved hundreds of thousands of workers.",
        (Q(100000, 1000000, "workers", "range", None),),
    ),
    ("Prices have doubled since 2019.", ()),
    ("Only a third of voters turned out.", (Q(0.3333333333333333, None, "voters", "exact", None),)),
    (
        "The measure passed by 52 votes to 48.",
        (Q(52, None, "votes", "exact", None), Q(48, None, "votes", "exact", None)),
    ),
    ("The 2012-13 budget was approved in March.", ()),
    ("Prices rose 3.5 per cent in 2021-22.", (Q(3.5, None, "percent", "exact", "up"),)),
    ("The club won 3-1 on Saturday.", ()),
    ("The vote was 5-4 in favour.", ()),
    ("A 34-year-old woman died in the crash.", ()),
    ("The suspect, aged 45, was released on bail.", (Q(45, None, "year", "exact", None),)),
    ("He is 72 years old.", (Q(72, None, "year", "exact", None),)),
    ("The children, aged between 6 and 12, were rescued.", (Q(6, 12, "year", "range", None),)),
    ("Flight 370 vanished in 2014.", ()),
    ("He lives at 221 Baker Street.", ()),
    ("The Boeing 737 was grounded.", ()),
    (
        "She scored 25 points and grabbed 10 rebounds.",
        (Q(25, None, "points", "exact", None), Q(10, None, "rebounds", "exact", None)),
    ),
    (
        "The company employs roughly 12,000 staff worldwide.",
        (Q(12000, None, "staff", "approximately", None),),
    ),
    (
        "The euro fell 0.3% against the dollar to $1.08.",
        (Q(0.3, None, "percent", "exact", "down"), Q(1.08, None, "USD", "exact", None)),
    ),
    ("It raised 15 billion yen from investors.", (Q(15000000000, None, "JPY", "exact", None),)),
    (
        "The ministry allocated 2 trillion won to the project.",
        (Q(2000000000000, None, "KRW", "exact", None),),
    ),
    ("The contract is worth A$1.5 billion.", (Q(1500000000, None, "AUD", "exact", None),)),
    ("The fine was C$250,000.", (Q(250000, None, "CAD", "exact", None),)),
    ("Exports fell to 300,000 barrels per day.", (Q(300000, None, "barrel/d", "exact", None),)),
    ("The storm brought winds of up to 120 mph.", (Q(120, None, "mph", "at-most", None),)),
    ("Police seized 3kg of heroin.", (Q(3, None, "kg", "exact", None),)),
    (
        "The ship was 300 metres long and weighed 50,000 tonnes.",
        (Q(300, None, "m", "exact", None), Q(50000, None, "t", "exact", None)),
    ),
    ("The tower is 828 metres tall.", (Q(828, None, "m", "exact", None),)),
    ("Rainfall was 20mm above average.", (Q(20, None, "mm", "exact", None),)),
    ("The temperature dropped to minus 20 degrees Celsius.", (Q(-20, None, "°C", "exact", None),)),
    ("It was 35C in London on Friday.", (Q(35, None, "°C", "exact", None),)),
    ("The plant produces 500 megawatts of electricity.", (Q(500, None, "MW", "exact", None),)),
    ("The deficit widened to 4.5% of GDP.", (Q(4.5, None, "percent", "exact", None),)),
    (
        "Inflation eased to 2.1 per cent from 2.4 per cent.",
        (Q(2.1, None, "percent", "exact", None), Q(2.4, None, "percent", "exact", None)),
    ),
    ("The rate was raised by 25 basis points.", (Q(25, None, "basis point", "exact", "up"),)),
    ("The number of deaths climbed to 1,500.", (Q(1500, None, None, "exact", None),)),
    ("Thousands of people gathered in the square.", (Q(1000, 10000, "people", "range", None),)),
    ("Millions of dollars were lost.", (Q(1000000, 10000000, "USD", "range", None),)),
    (
        "A dozen eggs cost $4.",
        (Q(12, None, "eggs", "exact", None), Q(4, None, "USD", "exact", None)),
    ),
    (
        "The plane was carrying 150 passengers and six crew.",
        (Q(150, None, "passengers", "exact", None), Q(6, None, "crew", "exact", None)),
    ),
    (
        "The project will create 2,000 new jobs over five years.",
        (Q(2000, None, "jobs", "exact", None), Q(5, None, "year", "more-than", None)),
    ),
    ("The law was passed in the 1990s.", ()),
    ("It happened on 11 September 2001.", ()),
    ("The company was founded in 1886.", ()),
    ("The match ended 2-2 after 90 minutes.", (Q(90, None, "minute", "exact", None),)),
    ("He served two terms as president.", (Q(2, None, "terms", "exact", None),)),
    ("The team won its fifth title in a row.", ()),
    ("The first phase will cost $2m.", (Q(2000000, None, "USD", "exact", None),)),
    (
        "More than half of the respondents said no.",
        (Q(0.5, None, "respondents", "more-than", None),),
    ),
    (
        "Almost 60 percent of voters backed the plan.",
        (Q(60, None, "percent", "approximately", None),),
    ),
    (
        "The figure is expected to reach 1 billion by 2030.",
        (Q(1000000000, None, None, "exact", None),),
    ),
    ("The area covers 1,200 square kilometres.", (Q(1200, None, "km2", "exact", None),)),
    (
        "Sales rose from $10 million in 2019 to $25 million in 2021.",
        (Q(10000000, None, "USD", "exact", None), Q(25000000, None, "USD", "exact", None)),
    ),
    (
        "Shares closed down 4.2% at 312 pence.",
        (Q(4.2, None, "percent", "exact", "down"), Q(312, None, "pence", "exact", None)),
    ),
    (
        "Gold rose $12 to $1,950 an ounce.",
        (Q(12, None, "USD", "exact", "up"), Q(1950, None, "USD per ounce", "exact", None)),
    ),
    ("The price of petrol rose 5p a litre.", (Q(5, None, "pence per litre", "exact", "up"),)),
    ("Just over 2,000 people attended the rally.", (Q(2000, None, "people", "more-than", None),)),
    ("Just under half of the budget was spent.", (Q(0.5, None, "budget", "less-than", None),)),
    ("As many as 50 people may have died.", (Q(50, None, "people", "at-most", None),)),
    ("The repairs could cost as much as $3 million.", (Q(3000000, None, "USD", "at-most", None),)),
    ("The firm has upwards of 800 employees.", (Q(800, None, "employees", "more-than", None),)),
    ("Losses were in excess of £20m.", (Q(20000000, None, "GBP", "more-than", None),)),
    (
        "Close to 70 percent of the city is without water.",
        (Q(70, None, "percent", "approximately", None),),
    ),
    ("The fire destroyed 40 homes or more.", (Q(40, None, "homes", "at-least", None),)),
    ("It took 20 minutes or so to arrive.", (Q(20, None, "minute", "approximately", None),)),
    ("He has 30-plus years of experience.", (Q(30, None, "year", "at-least", None),)),
    (
        "An estimated 1.5 million people live in the area.",
        (Q(1500000, None, "people", "estimate", None),),
    ),
    ("Around 200 flights were cancelled.", (Q(200, None, "flights", "approximately", None),)),
    ("The company shed 3,000 jobs last year.", (Q(3000, None, "jobs", "exact", "down"),)),
    ("The retailer slashed prices by 30 per cent.", (Q(30, None, "percent", "exact", "down"),)),
    ("Microsoft added 1.2% in New York.", (Q(1.2, None, "percent", "exact", "up"),)),
    (
        "Profit was up 12% at $4.1 billion.",
        (Q(12, None, "percent", "exact", "up"), Q(4100000000, None, "USD", "exact", None)),
    ),
    ("Output was down 3.2 per cent on the year.", (Q(3.2, None, "percent", "exact", "down"),)),
    (
        "The index gained 45 points to close at 15,200.",
        (Q(45, None, "points", "exact", "up"), Q(15200, None, None, "exact", None)),
    ),
    (
        "Imports declined 7% to $2.3 billion.",
        (Q(7, None, "percent", "exact", "down"), Q(2300000000, None, "USD", "exact", None)),
    ),
    ("There was a 5% rise in crime.", (Q(5, None, "percent", "exact", "up"),)),
    (
        "Officials reported a drop of 8 per cent in arrivals.",
        (Q(8, None, "percent", "exact", "down"),),
    ),
    ("A 10% increase in fares was announced.", (Q(10, None, "percent", "exact", "up"),)),
    ("Turnout plunged to 45 percent.", (Q(45, None, "percent", "exact", None),)),
    ("Wages increased by an average of 2.3 per cent.", (Q(2.3, None, "percent", "exact", "up"),)),
    ("Prices decreased 0.5%.", (Q(0.5, None, "percent", "exact", "down"),)),
    ("The airline cut 10 routes.", (Q(10, None, "routes", "exact", "down"),)),
    ("The central bank raised rates to 5.25 per cent.", (Q(5.25, None, "percent", "exact", None),)),
    ("The company reduced its workforce by 1,000.", (Q(1000, None, None, "exact", "down"),)),
    ("Costs soared 40%.", (Q(40, None, "percent", "exact", "up"),)),
    ("Sales of electric cars doubled to 2 million.", (Q(2000000, None, None, "exact", None),)),
    (
        "Membership grew by 15,000 to 120,000.",
        (Q(15000, None, None, "exact", "up"), Q(120000, None, None, "exact", None)),
    ),
    ("The death toll rose to 63.", (Q(63, None, None, "exact", None),)),
    ("The government reduced the tax from 20% to 18%.", (Q(18, 20, "percent", "range", "down"),)),
    (
        "Revenue was $3.2bn, compared with $2.9bn a year earlier.",
        (Q(3200000000, None, "USD", "exact", None), Q(2900000000, None, "USD", "exact", None)),
    ),
    ("They are paid 9 to 10 dollars an hour.", (Q(9, 10, "USD per hour", "range", None),)),
    ("The sea level could rise 1-2 metres by 2100.", (Q(1, 2, "m", "range", "up"),)),
    (
        "He earns between £30,000 and £40,000 a year.",
        (Q(30000, 40000, "GBP per year", "range", None),),
    ),
    ("The project will take three to five years.", (Q(3, 5, "year", "range", None),)),
    ("Some 40-50 people were hurt.", (Q(40, 50, "people", "range", None),)),
    ("The tax applies to incomes of £150,000-plus.", (Q(150000, None, "GBP", "at-least", None),)),
    ("It weighs around 2.5 to 3 tonnes.", (Q(2.5, 3, "t", "range", None),)),
    ("Voters aged 18 to 24 backed the party.", (Q(18, 24, "year", "range", None),)),
    (
        "The hurricane made landfall with winds of 145 miles per hour.",
        (Q(145, None, "mph", "exact", None),),
    ),
    ("A magnitude 6.4 earthquake struck the region.", (Q(6.4, None, "magnitude", "exact", None),)),
    ("The rocket reached an altitude of 400 kilometres.", (Q(400, None, "km", "exact", None),)),
    (
        "The fire has burned through 20,000 hectares of forest.",
        (Q(20000, None, "ha", "exact", None),),
    ),
    (
        "Brent crude rose 2% to $78.40 a barrel.",
        (Q(2, None, "percent", "exact", "up"), Q(78.4, None, "USD per barrel", "exact", None)),
    ),
    (
        "The company sold 3.9 million headsets, up from 2.4 million a year earlier.",
        (Q(3900000, None, "headsets", "exact", None), Q(2400000, None, "headsets", "exact", None)),
    ),
    (
        "He ran the marathon in 2 hours and 5 minutes.",
        (Q(2, None, "hour", "exact", None), Q(5, None, "minute", "exact", None)),
    ),
    (
        "The recall affects nearly 300,000 vehicles.",
        (Q(300000, None, "vehicles", "approximately", None),),
    ),
    (
        "Over two-thirds of respondents backed the plan.",
        (Q(0.6666666666666666, None, "respondents", "more-than", None),),
    ),
    (
        "The bill would raise the minimum wage to $15 an hour.",
        (Q(15, None, "USD per hour", "exact", None),),
    ),
    (
        "Japan's economy shrank at an annualised rate of 1.6 per cent.",
        (Q(1.6, None, "percent", "exact", None),),
    ),
    (
        "The firm's market value topped $1 trillion.",
        (Q(1000000000000, None, "USD", "exact", None),),
    ),
    (
        "Police arrested 12 people and seized 30 weapons.",
        (Q(12, None, "people", "exact", None), Q(30, None, "weapons", "exact", None)),
    ),
    ("Rents rose by a record 9.2 per cent.", (Q(9.2, None, "percent", "exact", "up"),)),
    (
        "The dam holds 39 billion cubic metres of water.",
        (Q(39000000000, None, "m3", "exact", None),),
    ),
    (
        "The pound was down 0.6 per cent at $1.2650.",
        (Q(0.6, None, "percent", "exact", "down"), Q(1.265, None, "USD", "exact", None)),
    ),
    (
        "He was fined £2,500 and banned for six months.",
        (Q(2500, None, "GBP", "exact", None), Q(6, None, "month", "exact", None)),
    ),
    ("The sale raised €12.5m for charity.", (Q(12500000, None, "EUR", "exact", None),)),
    (
        "The virus has infected more than 4 million people and killed at least 280,000.",
        (Q(4000000, None, "people", "more-than", None), Q(280000, None, None, "at-least", None)),
    ),
    ("Hundreds of homes were destroyed.", (Q(100, 1000, "homes", "range", None),)),
    ("The vaccine is 95% effective.", (Q(95, None, "percent", "exact", None),)),
    ("The project is 10 times bigger than the last one.", (Q(10, None, "times", "exact", None),)),
    ("The court sentenced him to life in prison.", ()),
    (
        "Around a quarter of the workforce is on strike.",
        (Q(0.25, None, "workforce", "approximately", None),),
    ),
    ("A litre of milk now costs 1.20 euros.", (Q(1.2, None, "EUR", "exact", None),)),
    (
        "The car can go from zero to 60mph in 3.2 seconds.",
        (Q(0, 60, "mph", "range", None), Q(3.2, None, "second", "exact", None)),
    ),
    (
        "The Nasdaq closed up 1.1 per cent at 13,900.",
        (Q(1.1, None, "percent", "exact", "up"), Q(13900, None, None, "exact", None)),
    ),
    ("The loan carries an interest rate of 4.5%.", (Q(4.5, None, "percent", "exact", None),)),
    ("The tunnel is 57 km long.", (Q(57, None, "km", "exact", None),)),
    ("Only 3 per cent of the budget goes to research.", (Q(3, None, "percent", "exact", None),)),
    (
        "The UN says 2.7 million people have fled the country.",
        (Q(2700000, None, "people", "exact", None),),
    ),
    (
        "Germany's DAX fell 0.4 per cent to 13,176.",
        (Q(0.4, None, "percent", "exact", "down"), Q(13176, None, None, "exact", None)),
    ),
    ("The company plans to open 50 new stores next year.", (Q(50, None, "stores", "exact", None),)),
    ("The jet can carry up to 550 passengers.", (Q(550, None, "passengers", "at-most", None),)),
    (
        "Output rose 0.8% in the three months to June.",
        (Q(0.8, None, "percent", "exact", "up"), Q(3, None, "month", "exact", None)),
    ),
    (
        "The island has a population of about 80,000.",
        (Q(80000, None, None, "approximately", None),),
    ),
    (
        "The government set aside Rs 1,000 crore for the scheme.",
        (Q(10000000000, None, "INR", "exact", None),),
    ),
    ("The plane crashed 15 minutes after take-off.", ()),
    ("Half of all adults are overweight.", (Q(0.5, None, "adults", "exact", None),)),
    ("He holds a 12% stake in the firm.", (Q(12, None, "percent", "exact", None),)),
    ("A COVID-19 vaccine was approved.", ()),
    ("The G7 leaders met in Cornwall.", ()),
    ("The iPhone 12 went on sale on Friday.", ()),
    ("He was ranked No. 1 in the world.", ()),
    ("Chapter 11 bankruptcy protection was sought.", ()),
    (
        "The US unemployment rate fell to 3.5% in September.",
        (Q(3.5, None, "percent", "exact", None),),
    ),
    ("She won the 1500m gold medal.", (Q(1500, None, "m", "exact", None),)),
    ("The group called for a 1.5C limit on warming.", (Q(1.5, None, "°C", "exact", None),)),
    (
        "The Fed raised its benchmark rate by three-quarters of a percentage point.",
        (Q(0.75, None, "percentage point", "exact", "up"),),
    ),
    (
        "Nearly two dozen people were hurt in the blast.",
        (Q(24, None, "people", "approximately", None),),
    ),
    (
        "The airline carried 4.5m passengers in July, up 8% on a year earlier.",
        (Q(4500000, None, "passengers", "exact", None), Q(8, None, "percent", "exact", "up")),
    ),
    (
        "Britain's economy grew 0.2% in the second quarter.",
        (Q(0.2, None, "percent", "exact", "up"),),
    ),
    (
        "The charity has raised more than £1m since January.",
        (Q(1000000, None, "GBP", "more-than", None),),
    ),
    (
        "The firm posted a pre-tax loss of £45.6 million.",
        (Q(45600000, None, "GBP", "exact", None),),
    ),
    (
        "Mortgage rates climbed above 7 per cent for the first time since 2000.",
        (Q(7, None, "percent", "more-than", None),),
    ),
    (
        "The vote was 312 to 290.",
        (Q(312, None, None, "exact", None), Q(290, None, None, "exact", None)),
    ),
    ("Lawmakers voted 68-31 to pass the bill.", ()),
    ("The average house price is now £285,000.", (Q(285000, None, "GBP", "exact", None),)),
    (
        "The plan would cost taxpayers an extra $400bn over a decade.",
        (Q(400000000000, None, "USD", "exact", None),),
    ),
    (
        "The strike closed 3,000 schools across the country.",
        (Q(3000, None, "schools", "exact", None),),
    ),
    ("The hospital has 1,200 beds.", (Q(1200, None, "beds", "exact", None),)),
    ("The ship sank in 3,800 metres of water.", (Q(3800, None, "m", "exact", None),)),
    ("The border wall stretches for 700 miles.", (Q(700, None, "miles", "exact", None),)),
    (
        "The US has about 330 million people.",
        (Q(330000000, None, "people", "approximately", None),),
    ),
    (
        "He was paid $1.6m last year, down from $2m in 2021.",
        (Q(1600000, None, "USD", "exact", None), Q(2000000, None, "USD", "exact", None)),
    ),
    (
        "The survey of 2,000 adults found that 45% were worried.",
        (Q(2000, None, "adults", "exact", None), Q(45, None, "percent", "exact", None)),
    ),
    ("The drug cut the risk of death by 30 per cent.", (Q(30, None, "percent", "exact", "down"),)),
    ("Unemployment stood at 4.2 per cent in March.", (Q(4.2, None, "percent", "exact", None),)),
    ("The blaze forced 15,000 residents to flee.", (Q(15000, None, "residents", "exact", None),)),
    ("He won by 1,500 votes.", (Q(1500, None, "votes", "exact", None),)),
    ("The cost of the tunnel doubled to £10bn.", (Q(10000000000, None, "GBP", "exact", None),)),
    ("Some 60% of the electorate voted.", (Q(60, None, "percent", "approximately", None),)),
    (
        "The storm left 1.3 million homes without power.",
        (Q(1300000, None, "homes", "exact", None),),
    ),
    ("The firm's shares have risen 40% this year.", (Q(40, None, "percent", "exact", "up"),)),
    (
        "About a fifth of the world's oil passes through the strait.",
        (Q(0.2, None, "oil", "approximately", None),),
    ),
    ("A barrel of Brent cost $92.", (Q(92, None, "USD", "exact", None),)),
    ("The report was published on page 4.", ()),
    ("He was born in 1961 and died in 2019.", ()),
    ("The ceasefire began at 6 a.m. on Sunday.", ()),
    ("The third quarter was strong.", ()),
    ("She is the second woman to hold the post.", ()),
    ("Interstate 95 was closed in both directions.", ()),
    ("World War II ended in 1945.", ()),
    ("The Premier League match kicked off at 3pm.", ()),
    ("Call 020 7946 0958 for details.", ()),
    ("The suspect drove a 2015 Ford Focus.", ()),
    ("Sales are expected to rise 3 to 5 per cent.", (Q(3, 5, "percent", "range", "up"),)),
    (
        "The population rose 2 million to 5 million.",
        (Q(2000000, None, None, "exact", "up"), Q(5000000, None, None, "exact", None)),
    ),
    (
        "The index gained 45 points to 15,200.",
        (Q(45, None, "points", "exact", "up"), Q(15200, None, "points", "exact", None)),
    ),
    (
        "The changes are part of a one point six billion dollar initiative.",
        (Q(1600000000, None, "USD", "exact", None),),
    ),
    ("She scored one point in the game.", ()),
    ("It grew two point five per cent.", (Q(2.5, None, "percent", "exact", "up"),)),
    ("He has twenty points.", (Q(20, None, "points", "exact", None),)),
    ("Mortgage rates climbed above 7 per cent.", (Q(7, None, "percent", "more-than", None),)),
    ("It took three quarters of an hour.", (Q(0.75, None, "hour", "exact", None),)),
    ("The Dow fell below 30,000.", (Q(30000, None, None, "less-than", None),)),
    ("Shares rose more than 5%.", (Q(5, None, "percent", "more-than", "up"),)),
    ("An 18-year-old bricklayer was shot.", ()),
    ("The suspect, aged 45, was released.", (Q(45, None, "year", "exact", None),)),
    ("the 50-year-old cleric said.", ()),
    ("A four-year-old girl was rescued.", ()),
    ("He won 3 medals.", (Q(3, None, "medals", "exact", None),)),
    ("The team won 3-1.", ()),
    ("It cost 4.1bn dollars.", (Q(4100000000, None, "USD", "exact", None),)),
    ("Temperatures hit 95F in Texas.", (Q(95, None, "°F", "exact", None),)),
    ("She was at 10 Downing St. on Monday.", ()),
    ("The protest drew 5,000 Londoners.", (Q(5000, None, "londoners", "exact", None),)),
    ("The law was passed two years ago.", ()),
    ("Prices have risen over the past 12 months.", (Q(12, None, "month", "exact", None),)),
    ("The shop opens every 15 minutes.", (Q(15, None, "minute", "exact", None),)),
    ("It was the highest level in 10 years.", (Q(10, None, "year", "exact", None),)),
    ("Inflation hit a 40-year high in June.", (Q(40, None, "year", "exact", None),)),
    ("The storm is expected within the next 48 hours.", (Q(48, None, "hour", "exact", None),)),
    ("Six months after the crash, the airline collapsed.", ()),
    ("He died 3 days later.", ()),
    ("The company has been in business for 30 years.", (Q(30, None, "year", "exact", None),)),
    (
        "In the first 100 days, he signed 40 orders.",
        (Q(100, None, "day", "exact", None), Q(40, None, "orders", "exact", None)),
    ),
    ("The rate doubled in five years.", (Q(5, None, "year", "exact", None),)),
    ("Stocks fell for a fourth straight day.", ()),
    ("He was released after 18 months in jail.", (Q(18, None, "month", "exact", None),)),
    ("It has been 20 years since the war ended.", (Q(20, None, "year", "exact", None),)),
    ("Police found 600 kgs of explosives.", (Q(600, None, "kg", "exact", None),)),
    ("Trade fell to dlrs 14 billion last year.", (Q(14000000000, None, "USD", "exact", None),)),
    (
        "The bank cut rates from 5% to 4.75.",
        (Q(5, None, "percent", "exact", None), Q(4.75, None, "percent", "exact", None)),
    ),
    (
        "The DAX rose 1.2% to 15,300.",
        (Q(1.2, None, "percent", "exact", "up"), Q(15300, None, None, "exact", None)),
    ),
    ("The quake measured magnitude 7.1.", (Q(7.1, None, "magnitude", "exact", None),)),
    (
        "C$2.7 million, or 20 Canadian cents a share, down from C$9.7 million, or 70 Canadian cents a share last year.",
        (
            Q(2700000, None, "CAD", "exact", None),
            Q(20, None, "cent per share", "exact", None),
            Q(9700000, None, "CAD", "exact", None),
            Q(70, None, "cent per share", "exact", None),
        ),
    ),
    (
        "ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the killings of ethnic Albanians by Serb police in southern Serb Kosovo province.",
        (Q(1500, None, "albanians", "approximately", None),),
    ),
    (
        "clearance to go beyond $15 million, a Jaguar spokesman said yesterday.",
        (Q(15000000, None, "USD", "exact", None),),
    ),
    (
        "``Obviously, it is deeply discouraging for the family after 22 months, but there is no proof of life.",
        (Q(22, None, "month", "exact", None),),
    ),
    (
        "and British officials filed objections to the court's jurisdiction in 1995, claiming Security Council resolutions imposed on Lybia to force the suspects' extradition overruled a 1971 Convention which gives Libya the right to try the men.",
        (),
    ),
    (
        "extended its tender offer of $18 a share, or about $576 million, for the 33% of Telerate Inc.",
        (
            Q(18, None, "USD per share", "exact", None),
            Q(576000000, None, "USD", "approximately", None),
            Q(33, None, "percent", "exact", None),
        ),
    ),
    (
        "Sales rose to $3 million from $2.9 million.",
        (Q(3000000, None, "USD", "exact", None), Q(2900000, None, "USD", "exact", None)),
    ),
    (
        'Anheuser noted that "beer industry sales volume is 1989 is following the trend that has characterized the last half of the \'80s, with sales volume being essentially flat" while consolidation creates fewer, bigger players.',
        (),
    ),
    (
        "The crucible is Portadown, 30 miles (50 kms) southwest of Belfast, where Orangemen march each July from their rural church back downtown _ through the town's main Catholic area.",
        (Q(30, None, "miles", "exact", None), Q(50, None, "km", "exact", None)),
    ),
    (
        "said net income for the third quarter fell 6% to $20.6 million, or 98 cents a share, from $22 million, or $1.03 a share.",
        (
            Q(6, None, "percent", "exact", "down"),
            Q(20600000, None, "USD", "exact", None),
            Q(98, None, "cent per share", "exact", None),
            Q(22000000, None, "USD", "exact", None),
            Q(1.03, None, "USD per share", "exact", None),
        ),
    ),
    (
        "cents) to a near-record 720 pence ($11.60) in late trading on London's stock exchange yesterday.",
        (Q(720, None, "pence", "exact", None), Q(11.6, None, "USD", "exact", None)),
    ),
    (
        "The Israelis suffered a record 39 deaths in southern Lebanon last year.",
        (Q(39, None, "deaths", "exact", None),),
    ),
    (
        "Pol Pot is considered responsible for the radical policies that led to the deaths of as many as 1.7 million Cambodians when the communist group held power in the late 1970s.",
        (Q(1700000, None, "cambodians", "at-most", None),),
    ),
    (
        "Last year, DSM had 71 million guilders of extraordinary charges for the restructuring program and other transactions.",
        (Q(71000000, None, "NLG", "exact", None),),
    ),
    (
        "The purchase price was disclosed in a preliminary prospectus issued in connection with MGM Grand's planned offering of six million common shares.",
        (Q(6000000, None, "shares", "exact", None),),
    ),
    ("that it doesn't already own until 5 p.m.", ()),
    (
        "Roughly $2 billion of that debt has already been repaid from previous asset sales, and RJR expects to use another $2 billion from the pending, two-part sale of most of its Del Monte unit.",
        (
            Q(2000000000, None, "USD", "approximately", None),
            Q(2000000000, None, "USD", "exact", None),
            Q(2, None, "part", "exact", None),
        ),
    ),
    (
        "In Delaware Chancery Court litigation, Telerate has criticized Dow Jones for not disclosing that Telerate's management expects the company's revenue to increase by 20% annually, while Dow Jones based its projections of Telerate's performance on a 12% revenue growth forecast.",
        (Q(20, None, "percent", "exact", "up"), Q(12, None, "percent", "exact", "up")),
    ),
    (
        "The GM move follows Tuesday's declaration by Ford, which holds an unwelcome 12.45% stake in Jaguar, that it is prepared to bid for the entire company.",
        (Q(12.45, None, "percent", "exact", None),),
    ),
    ("The company had a tax credit of $1.4 million.", (Q(1400000, None, "USD", "exact", None),)),
    (
        "Shares of Coors, the company's sole publicly traded major competitor, fell $1.50 apiece to $19.125 in national over-the-counter trading, apparently on investor concerns over potential fallout from the coming pricing struggle.",
        (Q(1.5, None, "USD", "exact", "down"), Q(19.125, None, "USD", "exact", None)),
    ),
    (
        "Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 48 cents a share, in the year-ago period.",
        (
            Q(37, None, "percent", "exact", "down"),
            Q(32900000, None, "USD", "exact", None),
            Q(30, None, "cent per share", "exact", None),
            Q(52200000, None, "USD", "exact", None),
            Q(48, None, "cent per share", "exact", None),
        ),
    ),
    (
        "The sale, at a higher price than some analysts had expected, helps the food and tobacco giant raise funds to pay debt and boosts Nestle's 7% share of the U.S.",
        (Q(7, None, "percent", "exact", None),),
    ),
    (
        "The sale, which had been expected, is part of KKR's program to pay down $5 billion of a $6 billion bridge loan by February.",
        (Q(5000000000, None, "USD", "exact", None), Q(6000000000, None, "USD", "exact", None)),
    ),
    (
        "Baby Ruth and Butterfinger are both among the top-selling 15 chocolate bars in the U.S., but RJR's overall share of the roughly $5.1 billion market is less than 5%.",
        (
            Q(15, None, "bars", "exact", None),
            Q(5100000000, None, "USD", "approximately", None),
            Q(5, None, "percent", "less-than", None),
        ),
    ),
    (
        "1 deadline set in that agreement and that the litigation between the two sides might resume as a result.",
        (Q(1, None, "deadline", "exact", None), Q(2, None, "sides", "exact", None)),
    ),
    (
        "In composite trading on the New York Stock Exchange yesterday, Upjohn shares rose 87.5 cents to $38.875 apiece.",
        (Q(87.5, None, "cent", "exact", "up"), Q(38.875, None, "USD", "exact", None)),
    ),
    (
        "For the nine months, Norton had net of $81.2 million, or $3.87 a share, and a tax credit of $4.4 million.",
        (
            Q(9, None, "month", "exact", None),
            Q(81200000, None, "USD", "exact", None),
            Q(3.87, None, "USD per share", "exact", None),
            Q(4400000, None, "USD", "exact", None),
        ),
    ),
    (
        "The Dutch chemical group said net income gained to 235 million guilders ($113.2 million), or 6.70 guilders a share, from 144 million guilders, or 4.10 guilders a share, a year ago.",
        (
            Q(235000000, None, "NLG", "exact", None),
            Q(113200000, None, "USD", "exact", None),
            Q(6.7, None, "NLG per share", "exact", None),
            Q(144000000, None, "NLG", "exact", None),
            Q(4.1, None, "NLG per share", "exact", None),
        ),
    ),
    (
        "As a result, Upjohn will likely trim only about 275 to 350 of its more than 21,000 jobs world-wide.",
        (Q(275, 350, None, "range", "down"), Q(21000, None, "jobs", "more-than", None)),
    ),
    (
        "Of the total purchase price, $50 million cash and $30 million in stock (nearly 1.8 million shares) would be paid to buy the existing 700-room Marina Hotel amp Casino from Southwest Securities, a Nevada limited partnership.",
        (
            Q(50000000, None, "USD", "exact", None),
            Q(30000000, None, "USD", "exact", None),
            Q(1800000, None, "shares", "approximately", None),
            Q(700, None, "room", "exact", None),
        ),
    ),
    (
        "its $150 million of 6.5% convertible subordinated debentures due March 1, 2011.",
        (Q(150000000, None, "USD", "exact", None), Q(6.5, None, "percent", "exact", None)),
    ),
    (
        "The changes are part of a one point six billion dollar cost cutting initiative to revitalize its position in the telecommunications business.",
        (Q(1600000000, None, "USD", "exact", None),),
    ),
    ("declared a 10% stock dividend, payable Dec.", (Q(10, None, "percent", "exact", None),)),
    (
        "Earlier staff-reduction moves have trimmed about 300 jobs, the spokesman said.",
        (Q(300, None, "jobs", "approximately", "down"),),
    ),
    (
        "In over-the-counter trading yesterday, Benjamin Franklin rose 25 cents to $4.25.",
        (Q(25, None, "cent", "exact", "up"), Q(4.25, None, "USD", "exact", None)),
    ),
    ("can be exercised for $100 each.", (Q(100, None, "USD", "exact", None),)),
    (
        "A major goal of Kuchma's four-day state visit was the signing of a 10-year economic program aimed at doubling the two nations' trade turnover, which fell to dlrs 14 billion last year, down dlrs 2.5 billion from 1996.",
        (
            Q(4, None, "day", "exact", None),
            Q(10, None, "year", "exact", None),
            Q(2, None, "nations", "exact", None),
            Q(14000000000, None, "USD", "exact", None),
            Q(2500000000, None, "USD", "exact", "down"),
        ),
    ),
    (
        "Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk, 50 miles (80 kms) south of Belfast.",
        (
            Q(1300, None, "lb", "more-than", None),
            Q(600, None, "kg", "more-than", None),
            Q(50, None, "miles", "exact", None),
            Q(80, None, "km", "exact", None),
        ),
    ),
    (
        "In New York Stock Exchange composite trading Friday, Automatic Data closed at $46.50 a share, down $2.25.",
        (Q(46.5, None, "USD per share", "exact", None), Q(2.25, None, "USD", "exact", "down")),
    ),
    (
        "The candy businesses had sales of about $154 million last year, which was roughly 12% of total revenue for RJR's Planters LifeSavers unit, according to a memorandum distributed by RJR's owner, Kohlberg Kravis Roberts amp Co., to bankers last December.",
        (
            Q(154000000, None, "USD", "approximately", None),
            Q(12, None, "percent", "approximately", None),
        ),
    ),
    (
        "Upjohn further estimated that about 50% of the employees who leave for early retirement may be replaced.",
        (Q(50, None, "percent", "approximately", None),),
    ),
    (
        "A major project is joint manufacturing of An-70 cargo planes, the Kremlin statement said.",
        (),
    ),
    (
        "Sales rose to $9.8 million from $8.9 million.",
        (Q(9800000, None, "USD", "exact", None), Q(8900000, None, "USD", "exact", None)),
    ),
    (
        "In the year-earlier third quarter, Poughkeepsie Savings had net income of $2.8 million, or 77 cents a share.",
        (Q(2800000, None, "USD", "exact", None), Q(77, None, "cent per share", "exact", None)),
    ),
    (
        "In New York Stock Exchange composite trading yesterday, Oneida's shares closed at $18.375 a share, unchanged.",
        (Q(18.375, None, "USD per share", "exact", None),),
    ),
    (
        "And powerful political pressures may convince the Conservative government to keep its so-called golden share, which limits any individual holding to 15%, until the restriction expires on Dec.",
        (Q(15, None, "percent", "exact", None),),
    ),
    (
        "Sales rose 8% to $368.5 million from $340.7 million.",
        (
            Q(8, None, "percent", "exact", "up"),
            Q(368500000, None, "USD", "exact", None),
            Q(340700000, None, "USD", "exact", None),
        ),
    ),
    (
        "resolution 425 in a speech six weeks ago, saying at the time he was willing to withdraw troops in exchange for guarantees that Israel would not be attacked.",
        (),
    ),
    (
        "Third-period sales were $2.49 billion, up from last year's $2.34 billion.",
        (Q(2490000000, None, "USD", "exact", None), Q(2340000000, None, "USD", "exact", None)),
    ),
    (
        "\"I really don't see the government doing something that Jaguar doesn't want over the next 14 months,\" said Kenneth Warren, a Conservative member of Parliament and chairman of the Select Committee on Trade and Industry in Britain's House of Commons.",
        (Q(14, None, "month", "exact", None),),
    ),
    (
        "Earlier this year, Dataproducts had rejected a $15 a share offer from DPC, saying it wasn't adequately financed.",
        (Q(15, None, "USD per share", "exact", None),),
    ),
    (
        "said it will offer an early retirement package to as many as 1,100 employees in a cost-cutting move expected to result in a fourth-quarter charge.",
        (Q(1100, None, "employees", "at-most", None),),
    ),
    (
        'auto maker then wrote Jaguar that it intends "to go to that 15%" level once it wins the U.S.',
        (Q(15, None, "percent", "exact", None),),
    ),
    (
        "Antar, the SEC said, made more than $60 million from the sale of his shares between 1985 and 1987.",
        (Q(60000000, None, "USD", "more-than", None),),
    ),
    (
        "In national over-the-counter trading yesterday, Cambrex shares rose 50 cents to close at $13 a share.",
        (Q(50, None, "cent", "exact", "up"), Q(13, None, "USD per share", "exact", None)),
    ),
    (
        "The Dearborn, Mich., energy company stopped paying a dividend in the third quarter of 1984 because of troubles at its Midland nuclear plant.",
        (),
    ),
    (
        "Anheuser said it continues to hold to its earlier-announced goal of a 50% U.S.",
        (Q(50, None, "percent", "exact", None),),
    ),
    (
        'Although profits were " squeezed" in 1989, mainly as a result of higher raw-material costs, the company said it is confident about future earnings and cash flow for 1990 and beyond.',
        (),
    ),
    (
        "The Nestle acquisition includes a candy plant in Franklin Park, Ill., which employs about 800 workers.",
        (Q(800, None, "workers", "approximately", None),),
    ),
    (
        "and Mars Inc., which have about 40% and 36% of the market, respectively.",
        (Q(40, None, "percent", "approximately", None), Q(36, None, "percent", "exact", None)),
    ),
    (
        "wants to buy as much as 15% of Jaguar PLC, marking its first salvo in a possible full-scale battle against Ford Motor Co.",
        (Q(15, None, "percent", "at-most", None),),
    ),
    (
        "The earnings growth also was fueled by the company's ability to cut net financing spending by half to around 15 million guilders.",
        (
            Q(0.5, None, None, "exact", "down"),
            Q(15000000, None, "NLG", "approximately", None),
        ),
    ),
    (
        "Rights attached to the company's common shares were issued that are triggered if a hostile bidder acquires more than 20% of the shares outstanding.",
        (Q(20, None, "percent", "more-than", None),),
    ),
    (
        "Riot police responded with a volley of plastic bullets that scattered a 50-strong mob.",
        (Q(50, None, "mob", "exact", None),),
    ),
    (
        "GM is close to completing a friendly deal with Jaguar that is likely to involve an eventual 30% stake and joint manufacturing ventures.",
        (Q(30, None, "percent", "exact", None),),
    ),
    (
        "Sales rose 8% to $1.15 billion from $1.06 billion.",
        (
            Q(8, None, "percent", "exact", "up"),
            Q(1150000000, None, "USD", "exact", None),
            Q(1060000000, None, "USD", "exact", None),
        ),
    ),
    (
        "The Foreign Office said it had informed the family of Howes, 37 years old when he was kidnapped, that he probably died within weeks or months of his capture on March 26, 1996.",
        (Q(37, None, "year", "exact", None),),
    ),
    (
        "At least 51 people were reported killed in clashes between Serb police and ethnic Albanians in the troubled region in recent days.",
        (Q(51, None, "people", "at-least", None),),
    ),
    (
        "He said he received information from Khmer Rouge guerrillas on where the body had been buried, and recently ordered 10 of his men from a force of 500 near Khmer Rouge headquarters in Anlong Veng to conduct the search.",
        (Q(10, None, "men", "exact", None), Q(500, None, None, "exact", None)),
    ),
    (
        "The remaining $40 million can be used over three years for oil and gas acquisitions, the company said.",
        (Q(40000000, None, "USD", "exact", None), Q(3, None, "year", "more-than", None)),
    ),
    (
        "Nestle's share of 7% before Friday's purchases is far below the shares of market leaders Hershey Foods Corp.",
        (Q(7, None, "percent", "exact", None),),
    ),
    (
        "Howes had been working for the Britain-based Mines Advisory Group when he was abducted with his Cambodian interpreter Houn Hourth in March 1996.",
        (),
    ),
    (
        "That 1978 resolution calls for Israel's unconditional withdrawal from the self-declared security zone it occupies in south Lebanon, and for the deployment of the Lebanese army and U.N.",
        (),
    ),
    (
        "Norton had operating profit of $76.8 million, or $3.66 a share, up 11% from $69.5 million, or $3.31 a share.",
        (
            Q(76800000, None, "USD", "exact", None),
            Q(3.66, None, "USD per share", "exact", None),
            Q(11, None, "percent", "exact", "up"),
            Q(69500000, None, "USD", "exact", None),
            Q(3.31, None, "USD per share", "exact", None),
        ),
    ),
    (
        "for stock valued at $13.75 a share, or about $24.4 million.",
        (
            Q(13.75, None, "USD per share", "exact", None),
            Q(24400000, None, "USD", "approximately", None),
        ),
    ),
    (
        "By a 6-3 vote, the court upheld a discriminatory immigration law that gives a child born overseas to an unmarried American woman a better chance at citizenship than a child born to an unmarried American man.",
        (),
    ),
    (
        "The projection sent Anheuser shares plunging $4.375 in New York Stock Exchange composite trading yesterday.",
        (Q(4.375, None, "USD", "exact", "down"),),
    ),
    (
        "Montedison currently owns about 72% of Erbamont's common shares outstanding.",
        (Q(72, None, "percent", "approximately", None),),
    ),
    (
        "Additionally, the bank is increasing its loan-loss reserves for the third quarter by $8.5 million before taxes.",
        (Q(8500000, None, "USD", "exact", "up"),),
    ),
    (
        "antitrust clearance last week to purchase more than $15 million worth of Jaguar shares but doesn't own any yet, according to GM officials here and at the company's Detroit headquarters.",
        (Q(15000000, None, "USD", "more-than", None),),
    ),
    ("The victim, 27, was taken to hospital.", (Q(27, None, "year", "exact", None),)),
    (
        "Profits slumped by a fifth to $3.4bn.",
        (Q(0.2, None, None, "exact", "down"), Q(3400000000, None, "USD", "exact", None)),
    ),
    ("The rate of inflation fell by half.", (Q(0.5, None, None, "exact", "down"),)),
    (
        "The team has won 20 of its last 25 games.",
        (Q(20, None, "games", "exact", None), Q(25, None, "games", "exact", None)),
    ),
    (
        "Amir, 27, is serving a life sentence for the November 1995 assassination of Rabin at a Tel Aviv peace rally.",
        (Q(27, None, "year", "exact", None),),
    ),
    (
        "But the pharmaceutical company said it \"anticipates the long-term savings resulting from the plan's implementation will more than offset short-term costs.\" The program, available to Upjohn employees 55 years old or older, could increase an individual's retirement benefits 10% to 20%.",
        (Q(55, None, "year", "at-least", None), Q(10, 20, "percent", "range", "up")),
    ),
    (
        "Margalit Har-Shefi, 22, has pleaded innocent to charges that she failed to report Yigal Amir's plan to kill Rabin.",
        (Q(22, None, "year", "exact", None),),
    ),
    (
        "The company raised USD 5 million in its first round.",
        (Q(5000000, None, "USD", "exact", None),),
    ),
    ("The deal is worth 5 million USD.", (Q(5000000, None, "USD", "exact", None),)),
    ("Swiss regulators fined the bank CHF 10 million.", (Q(10000000, None, "CHF", "exact", None),)),
    ("The stake was sold for HK$3.7 billion.", (Q(3700000000, None, "HKD", "exact", None),)),
    ("The budget includes ₹500 crore for roads.", (Q(5000000000, None, "INR", "exact", None),)),
    ("Petrobras paid R$2 billion in dividends.", (Q(2000000000, None, "BRL", "exact", None),)),
    ("The Treasury borrowed £1.2tn.", (Q(1200000000000, None, "GBP", "exact", None),)),
    ("Apple has $3.5trn in market value.", (Q(3500000000000, None, "USD", "exact", None),)),
    ("The app has 500k users.", (Q(500000, None, "users", "exact", None),)),
    (
        "The economy contracted 1.3% in the quarter, after -0.5% in the previous one.",
        (Q(1.3, None, "percent", "exact", "down"), Q(-0.5, None, "percent", "exact", None)),
    ),
    ("It was 30 °C in Madrid.", (Q(30, None, "°C", "exact", None),)),
    ("Temperatures will reach 4 degrees Celsius.", (Q(4, None, "°C", "exact", None),)),
    ("Between 2000 and 2005 the firm doubled in size.", ()),
    ("From 2010 to 2015 prices rose steadily.", ()),
    ("The 1990-91 recession was severe.", ()),
    ("The store is open 24/7.", ()),
    ("It was the worst attack since 9/11.", ()),
    ("There is a 50-50 chance of rain.", ()),
    ("He is in his 60s.", ()),
    (
        "The top 10 firms account for half of sales.",
        (Q(10, None, "firms", "exact", None), Q(0.5, None, "sales", "exact", None)),
    ),
    ("Petrol costs $5 per gallon.", (Q(5, None, "USD per gallon", "exact", None),)),
    ("A £5bn deal was signed on Monday.", (Q(5000000000, None, "GBP", "exact", None),)),
    ("The blast was heard 10 miles away.", (Q(10, None, "miles", "exact", None),)),
    ("The firm shipped 2.3 million tons of coal.", (Q(2300000, None, "t", "exact", None),)),
    ("The company earned $1.50 per share.", (Q(1.5, None, "USD per share", "exact", None),)),
    ("The minister said 8,500 troops would be sent.", (Q(8500, None, "troops", "exact", None),)),
    (
        "Only 12% of the 1,000 people surveyed agreed.",
        (Q(12, None, "percent", "exact", None), Q(1000, None, "people", "exact", None)),
    ),
    ("The patient's temperature was 39.5C.", (Q(39.5, None, "°C", "exact", None),)),
    (
        "The shares jumped 15 cents to $2.10.",
        (Q(15, None, "cent", "exact", "up"), Q(2.1, None, "USD", "exact", None)),
    ),
    (
        "The IMF cut its growth forecast to 2.9 per cent from 3.2 per cent.",
        (Q(2.9, None, "percent", "exact", None), Q(3.2, None, "percent", "exact", None)),
    ),
    (
        "Profit fell 18pc to £412m.",
        (Q(18, None, "percent", "exact", "down"), Q(412000000, None, "GBP", "exact", None)),
    ),
    ("The country imports 90 per cent of its food.", (Q(90, None, "percent", "exact", None),)),
    ("The firm cut costs by two-thirds.", (Q(0.6666666666666666, None, None, "exact", "down"),)),
    ("He was hit by a third car.", ()),
    ("Sales rose by half a million.", (Q(500000, None, None, "exact", "up"),)),
    ("Amir, 27, is serving a life sentence.", (Q(27, None, "year", "exact", None),)),
    ("The victim, 19, was taken to hospital.", (Q(19, None, "year", "exact", None),)),
    ("Margalit Har-Shefi, 22, has pleaded innocent.", (Q(22, None, "year", "exact", None),)),
    (
        "The program is available to employees 55 years old or older.",
        (Q(55, None, "year", "at-least", None),),
    ),
    (
        "10 of the 2,000 passengers were hurt.",
        (Q(10, None, "passengers", "exact", None), Q(2000, None, "passengers", "exact", None)),
    ),
    ("Two of them died.", (Q(2, None, None, "exact", None),)),
    (
        "Five of the 12 jurors agreed.",
        (Q(5, None, "jurors", "exact", None), Q(12, None, "jurors", "exact", None)),
    ),
    ("A 65-year-old was arrested.", (Q(65, None, "year", "exact", None),)),
    ("The 18-year-old fled the scene.", (Q(18, None, "year", "exact", None),)),
    ("The period 2010–2015 was hard.", ()),
    (
        "Albright, arriving after a 16-hour flight, spent about five hours in Tanzania before heading to Nairobi in a small plane when an engine of the Boeing 747 she had flown in from Washington overheated.",
        (Q(16, None, "hour", "exact", None), Q(5, None, "hour", "approximately", None)),
    ),
    (
        "The alliance has expanded three times before, adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982. But never before has NATO reached out to its former Eastern-bloc enemies.",
        (Q(3, None, "times", "exact", None),),
    ),
    (
        "Elian has been the focus of an international custody battle since he was found on an inner tube off the Florida coast on Nov. 25. The boy's mother and 10 other people died when their boat sank on the way from Cuba to the United States.",
        (Q(10, None, "people", "exact", None),),
    ),
    (
        "Moreover, by setting a Jan. 14 return date, the immigration service allowed Elian's American relatives time to test the ruling in court.",
        (),
    ),
    (
        "The protest marked a return to the larger demonstrations of early December, when hundreds of thousands of people rallied in some of Cuba's biggest gatherings since the triumph of the revolution that brought President Castro to power 41 years ago.",
        (Q(100000, 1000000, "people", "range", None),),
    ),
    (
        "Cuba had asked for 28 visas for the trip, for Elian's father, his stepmother, his little half-brother, a 5th grade boy cousin, the dozen classmates, and a host of teachers, doctors and other specialists.",
        (Q(28, None, "visas", "exact", None),),
    ),
    (
        "The U.S. government already has contributed dlrs 3.2 million in assistance to the two countries.",
        (Q(3200000, None, "USD", "exact", None), Q(2, None, "countries", "exact", None)),
    ),
    ("He has used 29 aliases, Freeh said.", (Q(29, None, "aliases", "exact", None),)),
    (
        "Congress reconvenes Jan. 24. The Justice Department and the INS mustn't allow the opportunists of Capitol Hill to get their hooks into Elian.",
        (),
    ),
    ("He will then travel to Washington DC on March 12 to submit the document.", ()),
    (
        "WASHINGTON, August 8 (Xinhua) -- President Bill Clinton Saturday vowed to hunt down and bring to justice those who were responsible for the bombings of two U.S. embassies in Kenya and Tanzania.",
        (Q(2, None, "embassies", "exact", None),),
    ),
    (
        "Kopp has been the subject of a manhunt following reports that he was spotted in a vehicle near the scene of the Oct. 23 slaying of Slepian, 52, an obstetrician who also performed abortions.",
        (Q(52, None, "year", "exact", None),),
    ),
    (
        "Secretary of State Madeleine Albright accepted admission papers from the three countries' foreign ministers, marking their formal entry into the 50-year-old alliance. ``Hallelujah,'' Albright exclaimed. ``Hungary has come home.",
        (Q(3, None, "countries", "exact", None),),
    ),
    (
        "Carpenter said the U.S. government's counterterrorism program has paid out over $6 million in some 20 cases around the world for credible information.",
        (Q(6000000, None, "USD", "more-than", None), Q(20, None, "cases", "approximately", None)),
    ),
    (
        "Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of an international custody battle.",
        (),
    ),
    (
        "About 100 supporters cheered wildly as Elian -- holding the subpoena in front of his face while being held aloft by a relative -- appeared outside the house where he has been staying with relatives.",
        (Q(100, None, "supporters", "approximately", None),),
    ),
    (
        "The car bomb attack at the U.S. embassy in Nairobi killed 253 people and injured 5,000 others.",
        (Q(253, None, "people", "exact", None), Q(5000, None, "others", "exact", None)),
    ),
    (
        "A total of $650,000, meanwhile, is being offered for information leading to the arrest of Kopp, who is charged with gunning down Dr.",
        (Q(650000, None, "USD", "exact", None),),
    ),
    (
        "Kopp purports to be a devout Roman Catholic, and the majority of jobs he has held over the past 20 years have been related to the anti-abortion movement, the Justice Department said in a news release.",
        (Q(20, None, "year", "exact", None),),
    ),
    (
        "TEHRAN, August 8 (Xinhua) -- Iran Saturday condemned the bombing of U.S. embassies in Kenya and Tanzania, and expressed sympathy for the families of the victims.",
        (),
    ),
    (
        "HAVANA (AP) -- In an apparent bid to show flexibility in the campaign to return Elian Gonzalez to Cuba, President Fidel Castro said the boy's father has offered to travel alone today to the United States to pick up his 6-year-old son.",
        (),
    ),
    ("Slepian, 52, was shot with a rifle.", (Q(52, None, "year", "exact", None),)),
    (
        "They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, that Elian must be returned to his father by Jan. 14. Gonzalez has not appeared publicly since the announcement.",
        (),
    ),
    (
        "At least seven were reported dead in the Tanzanian capital of Dar es Salaam, and 72 others were hurt.",
        (Q(7, None, None, "at-least", None), Q(72, None, "others", "exact", None)),
    ),
    (
        "The victims in Nairobi, Kenya, numbered 213, including 12 Americans.",
        (Q(213, None, None, "exact", None), Q(12, None, "americans", "exact", None)),
    ),
    (
        "Although the authorities are not saying who the suspect is, all of the attention so far has fallen on James C. Kopp, a 44-year-old anti-abortion protester who had been traveling around the country from demonstration to demonstration for years.",
        (),
    ),
    (
        "The FBI also dispatched dozens of agents and bombing and evidence specialists there.",
        (Q(12, 120, "agents", "range", None),),
    ),
    (
        "The boy was placed in his care after being found clinging to an inner tube in the Atlantic last Thanksgiving following a boat wreck that killed his mother and 10 other people.",
        (Q(10, None, "people", "exact", None),),
    ),
    (
        "Dan Burton, R-Ind., said he subpoenaed 6-year-old Elian to testify before the Committee on Government Reform on Feb. 10, so he remains in the country while the courts consider his case.",
        (),
    ),
    (
        "NAIROBI, August 21 (Xinhua) -- Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said here Friday that U.S. air raid on Afghanistan and Sudan is not directly linked with the probe into the August 7 bombings in east Africa.",
        (),
    ),
    (
        "Elian's mother perished along with 10 others when their boat sank during the crossing from Cuba to the United States.",
        (Q(10, None, "others", "exact", None),),
    ),
    (
        "Reports reaching here said a massive blast damaged the U.S. embassy in Nairobi, killing 40 people while wounding at least 1,000 people.",
        (Q(40, None, "people", "exact", None), Q(1000, None, "people", "at-least", None)),
    ),
    (
        "The struggle must not stop for one minute!'' said a message that was read Wednesday night to several thousand rallying Cuban scientists.",
        (Q(1, None, "minute", "exact", None),),
    ),
    (
        "With the finding of a buried rifle 11 days ago, the authorities in the Buffalo, N.Y., area say they have gathered enough evidence in the October slaying of Dr.",
        (),
    ),
    (
        "The 14 foreigners, six Iraqis, six Sudanese, a Somali national and a Turk, were rounded up because they failed to explain their presence in the country satisfactorily.",
        (
            Q(14, None, "foreigners", "exact", None),
            Q(6, None, "iraqis", "exact", None),
            Q(6, None, None, "exact", None),
        ),
    ),
    (
        "The ceremony was held at Andrews Air Force Base, near Washington, where 10 of 12 American victims of the Kenya embassy bombing were brought back by Secretary of State Madeleine Albright.",
        (Q(10, None, "victims", "exact", None), Q(12, None, "victims", "exact", None)),
    ),
    (
        "He also is charged in three Atlanta attacks, including the 1996 Olympic bombing that killed one person.",
        (Q(3, None, "attacks", "exact", None), Q(1, None, "person", "exact", None)),
    ),
    (
        "Before his Sunday night address, Castro played the affectionate grandfather to the 12 first-graders proposed to go on the trip, assuring them that their planned trip to Washington to retrieve their little friend was a very important mission.",
        (Q(12, None, "graders", "exact", None),),
    ),
    (
        "HAVANA, August 7 (Xinhua) -- The Cuban government Friday condemned the two bomb explosions near U.S. embassies in Kenya and Tanzania.",
        (Q(2, None, "explosions", "exact", None),),
    ),
    (
        "WASHINGTON, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic Friday formally joined NATO at a ceremony held in the city of Independence, Missouri.",
        (),
    ),
    (
        "HAVANA (AP) -- Calling the mother of Elian Gonzalez ``an excellent girl,'' President Fidel Castro said Friday she had been ``practically kidnapped'' by the boyfriend who perished along with her on the boat wreck her 6-year-old son survived.",
        (),
    ),
    (
        "U.S. President Bill Clinton has requested dlrs 50 million in emergency assistance funding from Congress for Tanzania and Kenya.",
        (Q(50000000, None, "USD", "exact", None),),
    ),
    (
        "Kopp remains at-large and police admit that despite a worldwide search and a $1 million reward, they don't know where he is. ``It's very frustrating knowing that he's out there,'' said Ms.",
        (Q(1000000, None, "USD", "exact", None),),
    ),
    (
        "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham, Ala., was among those who attended the interfaith ceremony at a Presbyterian church for Dr.",
        (),
    ),
    (
        "On May 6, James Kopp, 44, was charged with the slaying.",
        (Q(44, None, "year", "exact", None),),
    ),
    (
        "His mother and 10 other people fleeing Cuba drowned when their boat sank.",
        (Q(10, None, "people", "exact", None),),
    ),
    (
        "Tanzanian police said on Tuesday they had arrested 14 foreigners in their search for bombers.",
        (Q(14, None, "foreigners", "exact", None),),
    ),
    ("Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.", ()),
    (
        "The ruling follows six months of international family infighting, political recriminations and wide-spread protests in both Miami and Cuba over the fate of the 6-year-old boy.",
        (Q(6, None, "month", "exact", None),),
    ),
    (
        "Albright helped hang a poster advertising a reward of up to dlrs 2 million for information leading to the bombers' arrest.",
        (Q(2000000, None, "USD", "at-most", None),),
    ),
    (
        "Federal and state arrest warrants were issued for James C. Kopp, 44, of St.",
        (Q(44, None, "year", "exact", None),),
    ),
    (
        "The one that decides for him is me, his father.'' Elian's Miami relatives have filed affidavits alleging Gonzalez abused his former wife and his 6-year-old son, a charge Gonzalez denied.",
        (),
    ),
    (
        "Such a decision would allow the U.S. government to push for the 6-year-old boy's swift reunion in Washington with his waiting father, Juan Miguel Gonzalez, who wants to return to Cuba.",
        (),
    ),
    (
        "Reno allowed the extension of the deadline after rejecting a Florida state court order that Elian remain in Miami until March 6 to hear arguments by his American relatives.",
        (),
    ),
    (
        "The Canadian warrant issued Monday charged Kopp with attempted murder in the 1995 shooting of Dr.",
        (),
    ),
    (
        "He has been arrested more than a dozen times during abortion protests in seven states and Italy.",
        (Q(12, None, "times", "more-than", None), Q(7, None, "states", "exact", None)),
    ),
    (
        "The 11th U.S. Circuit Court of Appeals in Atlanta has been asked by the U.S. government to suspend a ruling by one of its judges that prevents the removal of Elian from the country.",
        (),
    ),
    (
        "The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at least 110 people, and the number injured topped 2,200. The 11 Americans were killed in Kenya, along with five Kenyan employees at the embassy.",
        (
            Q(110, None, "people", "at-least", None),
            Q(2200, None, None, "exact", None),
            Q(11, None, "americans", "exact", None),
            Q(5, None, "employees", "exact", None),
        ),
    ),
    (
        "The US Justice Department is offering a $500,000 reward for information leading to the arrest and conviction of those responsible for Slepian's slaying.",
        (Q(500000, None, "USD", "exact", None),),
    ),
    (
        "Albright announced on Monday to offer a reward of up to 2 million U.S. dollars for information leading to the arrest and conviction of the bombers.",
        (Q(2000000, None, "USD", "at-most", None),),
    ),
    (
        "Hundreds of former fighters in the revolution that brought Castro to power 42 years ago gathered Wednesday night to denounce the Miami ``worms'' who support Elian's being kept in the United States.",
        (Q(100, 1000, "fighters", "range", None),),
    ),
    (
        "There have been more than a dozen attempted murders of abortion providers in the last five years.",
        (Q(12, None, None, "more-than", None), Q(5, None, "year", "exact", None)),
    ),
    (
        "He placed the blame on Lazaro Rafael Munero, who apparently organized the ill-fated journey on which Elian's mother Elisabeth Brotons and 10 other people -- including Munero -- died.",
        (Q(10, None, "people", "exact", None),),
    ),
    (
        "He was last seen Nov. 3, the day before authorities issued a material witness warrant in the Slepian shooting in the hope of questioning him.",
        (),
    ),
    (
        "A new ABC News-Washington Post opinion poll shows that 6 of 10 Americans also believe the boy should go home with his father.",
        (Q(6, None, "americans", "exact", None), Q(10, None, "americans", "exact", None)),
    ),
    (
        "His mother was among 11 people who died after they boat sank during the attempted crossing from Cuba to the United States.",
        (Q(11, None, "people", "exact", None),),
    ),
    (
        "Nicknamed the ``Atomic Dog'' in anti-abortion circles, Kopp had been arrested in several states since 1990 for protesting abortion.",
        (),
    ),
    ("The FBI says Kopp has used 29 aliases.", (Q(29, None, "aliases", "exact", None),)),
    ("Of those killed, 11 were killed in Tanzania.", (Q(11, None, None, "exact", None),)),
    (
        "Officials in Tanzania and Kenya, where she arrived next, also hoped she would produce new aid for their countries, where the Aug. 7 terrorist blasts killed 257 people in Nairobi and Dar es Salaam.",
        (Q(257, None, "people", "exact", None),),
    ),
    (
        "The situation began to relax in the early 1990s, with the crisis triggered by the end of the former Soviet Union's subsidies.",
        (),
    ),
    (
        "The 44-year-old Kopp, who in FBI photographs appears as gaunt and scruffily bearded and whose last known addresses were in Vermont and New Jersey, emerged as the focus of the investigation within two weeks of the slaying.",
        (Q(2, None, "week", "exact", None),),
    ),
    (
        "JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts which killed scores of people and injured more than 1,000 others outside embassies of the United States in Kenya and Tanzania earlier in the day.",
        (Q(20, 200, "people", "range", None), Q(1000, None, "others", "more-than", None)),
    ),
    (
        "WASHINGTON, August 11 (Xinhua) -- U.S. Secretary of State Madeleine Albright said on Tuesday that she was heartened by cooperation from Kenya and Tanzania in probing into last Friday's bombings of U.S. embassies.",
        (),
    ),
    (
        "WASHINGTON (AP) -- Secretary of State Madeleine Albright has invited the foreign ministers of Poland, the Czech Republic and Hungary to a ceremony in Independence, Mo., on March 12 to mark the accession of the three countries into the NATO alliance.",
        (Q(3, None, "countries", "exact", None),),
    ),
    (
        "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building toward the embassy and a street packed with cars, trucks and buses.",
        (),
    ),
    (
        "Diana de Cardenas, 33, was born in Cuba in 1984. ``I think he deserves to be with his father,'' she said. ``It would be ideal if his father came,'' and then stayed, in Miami.",
        (Q(33, None, "year", "exact", None),),
    ),
    (
        "Western diplomats and intelligence officials say there is no reason to believe that terrorists affiliated with Osama bin Laden, the exiled Saudi millionaire who is accused of organizing the Embassy bombings, plan to strike again soon in either country.",
        (),
    ),
    (
        "More than 100 people have been killed and more than 1,000 others wounded in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.",
        (Q(100, None, "people", "more-than", None), Q(1000, None, "others", "more-than", None)),
    ),
    (
        "His mother and 10 others died at sea while trying to reach the United States.",
        (Q(10, None, "others", "exact", None),),
    ),
    (
        "In 45 states, the number of doctors who performed abortions declined between 1982 and 1992. Slepian was among those who took a stand against restricting reproductive freedom and paid with his life.",
        (Q(45, None, "states", "exact", None),),
    ),
    (
        "The ambassador was cut on her lip and hands in the blast, which damaged the embassy, shattered the glass shell of the 22-story Cooperative Bank House and toppled the six-story Ufundi House.",
        (Q(22, None, "story", "exact", None), Q(6, None, "story", "exact", None)),
    ),
    (
        "The FBI says Bin Laden is the leader of a terrorist organization known as Al-Aqeda, ``The Base.'' Kopp wears eyeglasses, walks with a slight limp, is 5 feet, 10 inches tall and weighs 150 to 175 pounds.",
        (
            Q(5, None, "ft", "exact", None),
            Q(10, None, "in", "exact", None),
            Q(150, 175, "lb", "range", None),
        ),
    ),
    (
        "Kopp, who is from Vermont, was indicted last year in the October 1998 shooting death of Dr.",
        (),
    ),
    (
        "More than 80 percent of counties in this country have no abortion provider.",
        (Q(80, None, "percent", "more-than", None),),
    ),
    (
        "The government called the 14-day waiting period ``another concession to the `mafia' _ a disparaging term the government frequently uses to describe Miami's exile Cuban community.",
        (Q(14, None, "day", "exact", None),),
    ),
    (
        "Who's to say that he's better off at Disney World and eating fast food here instead if breathing the fresh air of Cuba.'' Eric Pichardo, 44, is from Nicaragua, and said the Cuban-Americans ``need to follow the law.",
        (Q(44, None, "year", "exact", None),),
    ),
    (
        "Some semblance of constitutional order was necessary after a Miami judge turned legal logic on its head in an effort to route to her family court his Florida relatives' appeal to keep the 6-year-old in the United States.",
        (Q(6, None, "year", "exact", None),),
    ),
    (
        "A $5 million reward has been offered for his capture.",
        (Q(5000000, None, "USD", "exact", None),),
    ),
    (
        "WASHINGTON, August 13 (Xinhua) -- President Bill Clinton Thursday condemned terrorist bomb attacks at U.S. embassies in Kenya and Tanzania and vowed to find the bombers and bring them to justice.",
        (),
    ),
    (
        "BRUSSELS, February 10 (Xinhua) -- The North Atlantic Treaty Organization (NATO) has decided to admit Poland, Hungary and the Czech Republic in early March, an official from the organization said on Wednesday.",
        (),
    ),
    (
        "A total of $650,000 is being offered in the United States for information leading to Kopp's arrest.",
        (Q(650000, None, "USD", "exact", None),),
    ),
    (
        "The three are expected to join in April, as part of marking NATO's 50th anniversary.",
        (Q(3, None, None, "exact", None),),
    ),
    ("Slepian was killed on Oct. 23, 1999 by a sniper hiding in his backyard.", ()),
    (
        "Visas for the entourage of more than 20 teachers, classmates and others _ including Ricardo Alarcon, Cuban National Assembly president _ that Castro wants to accompany the family were not yet approved, officials said.",
        (Q(20, None, "teachers", "more-than", None),),
    ),
    (
        "In a drama that has divided his once close-knit family and may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez, 59, a soft-spoken bus mechanic, has remained largely out of the glare of television lights.",
        (Q(59, None, "year", "exact", None),),
    ),
    (
        "He has spoken with Elian at least three times since he arrived in the United States on April 6, and he insisted his son wants to return to Cuba. ''He's told me so,'' Gonzalez said.",
        (Q(3, None, "times", "at-least", None),),
    ),
    (
        "On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference in a building adjacent to the embassy.",
        (),
    ),
    (
        "The advertisement, said Kelli Conlin, the executive director of the New York State affiliate of Naral, is intended to spotlight D'Amato's vote against the 1994 Freedom of Access to Clinic Entrances Act, which Schumer sponsored.",
        (),
    ),
    (
        "The federal charge also carries a fine of up to $250,000. The newly filed charges will intensify the ongoing international manhunt, Tolbert said.",
        (Q(250000, None, "USD", "at-most", None),),
    ),
    (
        "The Clinton administration embarked on the expansion of NATO in 1993 after Clinton met in Washington with President Havel and Lech Walesa, who was then the president of Poland.",
        (),
    ),
    (
        "If the family fails to file an appeal within 14 days, she said, the soonest Elian would be free to leave the country would be seven days later.",
        (Q(14, None, "day", "exact", None),),
    ),
    (
        "The demonstrators, wearing T-shirts with Elian's portrait, waved red, white and blue Cuban flags on the shore of the community of Niquero, where the Granma landed on Dec. 2, 1956, with 82 armed men led by Fidel Castro.",
        (Q(82, None, "men", "exact", None),),
    ),
    (
        "White heads a team that is investigating and prosecuting the bombings which killed 224 people, including 12 Americans, on Aug. 7, 1998. Mohamed, 24, allegedly rented a house in his native Tanzania which was used as a bomb factory.",
        (
            Q(224, None, "people", "exact", None),
            Q(12, None, "americans", "exact", None),
            Q(24, None, "year", "exact", None),
        ),
    ),
    (
        "FBI Director Louis Freeh said the U.S. government is offering a reward of up to $5 million for information that leads to the arrest and conviction of Bin Laden, indicted as the architect of the twin bombings of American embassies in Kenya and Tanzania.",
        (Q(5000000, None, "USD", "at-most", None),),
    ),
    (
        "More than 5,500 people were injured, mostly Kenyans.",
        (Q(5500, None, "people", "more-than", None),),
    ),
    (
        "The Aug. 7, 1998, bombings killed more than 200 people, including 12 Americans.",
        (Q(200, None, "people", "more-than", None), Q(12, None, "americans", "exact", None)),
    ),
    (
        "Eric Rudolph has been on the run since the January 1998 bombing of a Birmingham, Ala., abortion clinic that killed an off-duty police officer and maimed a nurse.",
        (),
    ),
    (
        "He was the 456th person to be placed on the FBI's most wanted list, which began in 1950. Since then, 427 fugitives have been taken into custody or located, 133 of them as a result of citizen assistance, the FBI said.",
        (Q(427, None, "fugitives", "exact", None), Q(133, None, None, "exact", None)),
    ),
    (
        "Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark, N.J., International Airport, the FBI said.",
        (),
    ),
    (
        "in europe germanys dax fell 0.4 per cent to 13176",
        (Q(0.4, None, "percent", "exact", "down"), Q(13176, None, None, "exact", None)),
    ),
    (
        "the company said profits rose 12 percent to 4.5 billion dollars",
        (Q(12, None, "percent", "exact", "up"), Q(4500000000, None, "USD", "exact", None)),
    ),
    (
        "shares in the firm dropped 3 per cent after it cut 2000 jobs",
        (Q(3, None, "percent", "exact", "down"), Q(2000, None, "jobs", "exact", "down")),
    ),
    ("the ftse 100 index rose 0.6 percent", (Q(0.6, None, "percent", "exact", "up"),)),
    (
        "about 300 people were evacuated from their homes",
        (Q(300, None, "people", "approximately", None),),
    ),
    ("the euro was at 1.1850 dollars", (Q(1.185, None, "USD", "exact", None),)),
    ("the bank lent eur 2 billion to the government", (Q(2000000000, None, "EUR", "exact", None),)),
    (
        "gold rose 1 percent to 1800 dollars an ounce",
        (Q(1, None, "percent", "exact", "up"), Q(1800, None, "USD per ounce", "exact", None)),
    ),
    ("it costs 5 usd", (Q(5, None, "USD", "exact", None),)),
    ("the firm hired 50 new staff last month", (Q(50, None, "staff", "exact", None),)),
    ("oil fell 2 dollars a barrel", (Q(2, None, "USD per barrel", "exact", "down"),)),
    ("the deal values the company at 3.4 bln euros", (Q(3400000000, None, "EUR", "exact", None),)),
    ("the pound rose to 1.35 dollars", (Q(1.35, None, "USD", "exact", None),)),
    (
        "nearly 40 percent of voters were undecided",
        (Q(40, None, "percent", "approximately", None),),
    ),
    (
        "A 62-member rescue team, previously sent to the bombed-out federal building in Oklahoma City, Okla., was en route to Nairobi.",
        (Q(62, None, "member", "exact", None),),
    ),
    (
        "The earthquake measured 6.5 on the Richter scale.",
        (Q(6.5, None, "magnitude", "exact", None),),
    ),
    (
        "The deal is worth about £5m ($6.5m).",
        (
            Q(5000000, None, "GBP", "approximately", None),
            Q(6500000, None, "USD", "approximately", None),
        ),
    ),
    ("Tickets cost $10-$12.", (Q(10, 12, "USD", "range", None),)),
    ("Growth of 10%-15% is expected.", (Q(10, 15, "percent", "range", "up"),)),
    ("The firm expects five to six new plants.", (Q(5, 6, "plants", "range", None),)),
    ("A 62-member rescue team arrived.", (Q(62, None, "member", "exact", None),)),
    ("It was the 1,000th day of the war.", ()),
    ("Salaries range from £30,000-£40,000.", (Q(30000, 40000, "GBP", "range", None),)),
    ("Up to 5,000-6,000 people are expected.", (Q(5000, 6000, "people", "range", None),)),
    ("Turnout was between 60 and 65 per cent.", (Q(60, 65, "percent", "range", None),)),
    ("The country has 1.4bn people.", (Q(1400000000, None, "people", "exact", None),)),
    ("Last year 3.2m tourists visited.", (Q(3200000, None, "tourists", "exact", None),)),
    ("The charity helped 10,000 families in 2020.", (Q(10000, None, "families", "exact", None),)),
    ("He was jailed for two and a half years.", (Q(2.5, None, "year", "exact", None),)),
    (
        "The rate is 1.5 percentage points higher.",
        (Q(1.5, None, "percentage point", "exact", "up"),),
    ),
    ("It is 4 times larger.", (Q(4, None, "times", "exact", None),)),
    ("Profits tripled to $9bn.", (Q(9000000000, None, "USD", "exact", None),)),
    ("The bank holds 8.5 tonnes of gold.", (Q(8.5, None, "t", "exact", None),)),
    ("The team scored 110 points in the game.", (Q(110, None, "points", "exact", None),)),
    (
        "The company has about 50,000 employees in 30 countries.",
        (
            Q(50000, None, "employees", "approximately", None),
            Q(30, None, "countries", "exact", None),
        ),
    ),
    (
        "The fund lost nearly a third of its value.",
        (Q(0.3333333333333333, None, "value", "approximately", "down"),),
    ),
    (
        "The hurricane killed at least 1,800 people in 2005.",
        (Q(1800, None, "people", "at-least", None),),
    ),
    ("She won 52% of the vote.", (Q(52, None, "percent", "exact", None),)),
    (
        "About 1 million barrels a day were lost.",
        (Q(1000000, None, "barrel/d", "approximately", None),),
    ),
    ("The lake is 2,000 feet deep.", (Q(2000, None, "ft", "exact", None),)),
    ("The G20 summit opened in Rome.", ()),
    ("The COP26 talks ended in a deal.", ()),
    ("An F-16 crashed in the desert.", ()),
    ("The Airbus A320 is popular.", ()),
    ("Flight MH17 was shot down.", ()),
    ("Apollo 11 landed on the Moon.", ()),
    ("He drives in Formula 1.", ()),
    ("The show airs on Channel 4.", ()),
    ("Section 230 protects platforms.", ()),
    ("The H1N1 virus spread fast.", ()),
    ("They beat Leeds 24-17.", ()),
    ("The pair shared a 100-run partnership.", (Q(100, None, "run", "exact", None),)),
    ("Shares are trading at $18-a-share.", (Q(18, None, "USD per share", "exact", None),)),
    ("Members pay £20-a-month.", (Q(20, None, "GBP per month", "exact", None),)),
    ("Temperatures will be between 20C and 25C.", (Q(20, 25, "°C", "range", None),)),
    ("He was elected in a 2-1 vote.", ()),
    ("The firm's Q3 results beat forecasts.", ()),
    ("Windows 11 was released.", ()),
    (
        "The virus killed 6.9 million people worldwide, according to WHO.",
        (Q(6900000, None, "people", "exact", None),),
    ),
    ("The UN's 193 member states voted.", (Q(193, None, "states", "exact", None),)),
    (
        "Jobs were cut at 12 of the 20 plants.",
        (Q(12, None, "plants", "exact", None), Q(20, None, "plants", "exact", None)),
    ),
    (
        "Dow Jones has said it believes the $18-a-share price is fair to Telerate's minority shareholders.",
        (Q(18, None, "USD per share", "exact", None),),
    ),
    ("The project will cost $1.5bn-$2bn.", (Q(1500000000, 2000000000, "USD", "range", None),)),
    ("He won a $5-million settlement.", (Q(5000000, None, "USD", "exact", None),)),
    ("They paid a million dollars for it.", (Q(1000000, None, "USD", "exact", None),)),
    (
        "The airplane was flying at an altitude of 30,000 ft.",
        (Q(30000, None, "ft", "exact", None),),
    ),
    ("She ran a 10km race.", (Q(10, None, "km", "exact", None),)),
    ("The 15-mile route is closed.", (Q(15, None, "miles", "exact", None),)),
    ("He won the 100-metre final.", (Q(100, None, "m", "exact", None),)),
    ("The baby weighed 7lbs.", (Q(7, None, "lb", "exact", None),)),
    ("The flat is 100 sq ft.", (Q(100, None, "sq ft", "exact", None),)),
    (
        "The bill was €1bn (£850m).",
        (Q(1000000000, None, "EUR", "exact", None), Q(850000000, None, "GBP", "exact", None)),
    ),
    ("The loan was 50 billion shillings.", (Q(50000000000, None, "shillings", "exact", None),)),
    (
        "The firm has a market value of 2 trillion yuan.",
        (Q(2000000000000, None, "CNY", "exact", None),),
    ),
    ("The fine was 3 million rupees.", (Q(3000000, None, "INR", "exact", None),)),
    ("It cost 1-2 million.", (Q(1000000, 2000000, None, "range", None),)),
    ("It killed 1-2 million.", (Q(1000000, 2000000, None, "range", None),)),
    ("The project costs £1-2bn.", (Q(1000000000, 2000000000, "GBP", "range", None),)),
    ("Electronic Data Systems boosted net 16%.", (Q(16, None, "percent", "exact", "up"),)),
    ("The company raised its stake 5%.", (Q(5, None, "percent", "exact", "up"),)),
    ("The stake rose to 5%.", (Q(5, None, "percent", "exact", None),)),
    ("The firm holds 5%.", (Q(5, None, "percent", "exact", None),)),
    ("The rate hit 5%.", (Q(5, None, "percent", "exact", None),)),
    ("A 5,000-strong crowd gathered.", (Q(5000, None, "crowd", "exact", None),)),
    (
        "In the nearby suburban housing tracts, someone dropped off leaflets warning the school could bring thousands of Middle Eastern strangers and terrorists.",
        (Q(1000, 10000, "strangers", "range", None),),
    ),
    (
        "The company said it has agreed to sell the extrusion division for $15 million to R.D. Werner Co., a closely held firm based in Greenville, Pa.",
        (Q(15000000, None, "USD", "exact", None),),
    ),
    (
        "By contrast, Electronic Data Systems Corp., GM's data processing subsidiary, boosted net 16%.",
        (Q(16, None, "percent", "exact", "up"),),
    ),
    (
        "Chandler Insurance Co. said it expects to report third-quarter net income jumped 97% to $2.8 million, or 51 cents a share.",
        (
            Q(97, None, "percent", "exact", "up"),
            Q(2800000, None, "USD", "exact", None),
            Q(51, None, "cent per share", "exact", None),
        ),
    ),
    (
        "The main reason for this lag is that individual investors own 65% of the OTC market's capitalization, according to Mr.",
        (Q(65, None, "percent", "exact", None),),
    ),
    (
        "The company also said it continues to explore all options concerning the possible sale of National Aluminum's 54.5% stake in an aluminum smelter in Hawesville, Ky.",
        (Q(54.5, None, "percent", "exact", None),),
    ),
    (
        "But in recent weeks, construction-industry sources reported that early preparation work was slowing at the 185-acre site.",
        (Q(185, None, "acre", "exact", None),),
    ),
    (
        "Maxwell said he wouldn't be surprised if, over the next two years or so, General Mills' share increased to 30% or more.",
        (Q(2, None, "year", "approximately", None), Q(30, None, "percent", "at-least", None)),
    ),
    (
        "Revenue rose 27% to $715.1 million from $563.8 million.",
        (
            Q(27, None, "percent", "exact", "up"),
            Q(715100000, None, "USD", "exact", None),
            Q(563800000, None, "USD", "exact", None),
        ),
    ),
    (
        "CAMBREX Corp., Bayonne, N.J., declared its initial quarterly of five cents a share, payable Dec. 1 to stock of record Nov. 10. The maker of specialty chemicals has about 5.9 million shares outstanding.",
        (
            Q(5, None, "cent per share", "exact", None),
            Q(5900000, None, "shares", "approximately", None),
        ),
    ),
    (
        "Earlier AT and T also announced an eighteen percent drop in profits for the fourth quarter.",
        (Q(18, None, "percent", "exact", "down"),),
    ),
    (
        "In over-the-counter trading yesterday, Benjamin Franklin rose 25 cents to $4.25. The company said the restructuring's initial phase will feature a gradual reduction in assets and staff positions.",
        (Q(25, None, "cent", "exact", "up"), Q(4.25, None, "USD", "exact", None)),
    ),
    (
        "The Fairfield, N.J., company, which is 92%-owned by Ogden Corp., New York, had net of $1.1 million, or four cents a share, a year ago.",
        (Q(1100000, None, "USD", "exact", None), Q(4, None, "cent per share", "exact", None)),
    ),
    (
        "Revenue rose 12% to $1.37 billion from $1.22 billion.",
        (
            Q(12, None, "percent", "exact", "up"),
            Q(1370000000, None, "USD", "exact", None),
            Q(1220000000, None, "USD", "exact", None),
        ),
    ),
    (
        "Revenue rose 15% to $2.17 billion from $1.89 billion.",
        (
            Q(15, None, "percent", "exact", "up"),
            Q(2170000000, None, "USD", "exact", None),
            Q(1890000000, None, "USD", "exact", None),
        ),
    ),
    (
        "Seventy-five million copies of the rifle have been built since it entered production in February 1947, making it history's most widely distributed weapon.",
        (Q(75000000, None, "copies", "exact", None),),
    ),
    (
        "The company, which currently has 13.5 million common shares outstanding, said it has no specific plans for the shares.",
        (Q(13500000, None, "shares", "exact", None),),
    ),
    (
        "It includes removing $242 million in good will from the books, issuing $150 million in preferred stock and commencing an exchange offer for $52 million in convertible bonds.",
        (
            Q(242000000, None, "USD", "exact", None),
            Q(150000000, None, "USD", "exact", None),
            Q(52000000, None, "USD", "exact", None),
        ),
    ),
    (
        "LIN now plans to dole out $42 a share in cash, up from the earlier $20 amount.",
        (Q(42, None, "USD per share", "exact", None), Q(20, None, "USD", "exact", None)),
    ),
    (
        "But the company has had weak results so far this year, with earnings declining 43% to $13.7 million, or $1.43 a share, on a 4% decline in revenue to $713.5 million through the first nine months of the year.",
        (
            Q(43, None, "percent", "exact", "down"),
            Q(13700000, None, "USD", "exact", None),
            Q(1.43, None, "USD per share", "exact", None),
            Q(4, None, "percent", "exact", "down"),
            Q(713500000, None, "USD", "exact", None),
            Q(9, None, "month", "exact", None),
        ),
    ),
    (
        "Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings for its fourth quarter ended Sept. 30 fell 50% to 75% below the year-earlier $4.5 million, or 51 cents a share.",
        (
            Q(50, 75, "percent", "range", "down"),
            Q(4500000, None, "USD", "exact", None),
            Q(51, None, "cent per share", "exact", None),
        ),
    ),
    (
        "The in-home health care services provider said it will sell 1.8 million of the new shares, while Home Nutritional Services will sell the remaining 2.2 million.",
        (Q(1800000, None, "shares", "exact", None), Q(2200000, None, None, "exact", None)),
    ),
    (
        "Its stock has slumped recently, closing unchanged Friday at $29 a share in composite trading on the New York Stock Exchange; at that price, the company has a market value of about $278.4 million.",
        (
            Q(29, None, "USD per share", "exact", None),
            Q(278400000, None, "USD", "approximately", None),
        ),
    ),
    (
        "In the year-ago quarter, the company reported net income of $1.9 million, or 29 cents a share.",
        (Q(1900000, None, "USD", "exact", None), Q(29, None, "cent per share", "exact", None)),
    ),
    (
        "Benjamin Franklin Federal Savings amp Loan Association said it plans to restructure in the wake of a third-quarter loss of $7.7 million, or $1.01 a share, reflecting an $11 million addition to loan-loss reserves.",
        (
            Q(7700000, None, "USD", "exact", None),
            Q(1.01, None, "USD per share", "exact", None),
            Q(11000000, None, "USD", "exact", None),
        ),
    ),
    (
        "Provigo was the most active industrial stock on the Montreal Exchange, where it closed at C$9.75 (US$8.32), up 75 Canadian cents.",
        (
            Q(9.75, None, "CAD", "exact", None),
            Q(8.32, None, "USD", "exact", None),
            Q(75, None, "cent", "exact", "up"),
        ),
    ),
    (
        "Timex had requested duty-free treatment for many types of watches, covered by 58 different U.S. tariff classifications.",
        (Q(58, None, "classifications", "exact", None),),
    ),
    (
        "Kellogg is so anxious to turn around Corn Flakes sales that it soon will begin selling boxes for as little as 99 cents, trade sources say.",
        (Q(99, None, "cent", "exact", None),),
    ),
    (
        "Each share point is worth about $60 million in sales.",
        (Q(60000000, None, "USD", "approximately", None),),
    ),
    (
        "Unisys also noted that it paid $78.8 million in taxes during the quarter, even though tax payments normally would be minimal in a quarter that produced such a big loss.",
        (Q(78800000, None, "USD", "exact", None),),
    ),
    (
        "National Intergroup Inc. said it expects to report a charge of $5.3 million related to the sale of its aluminum unit's extrusion division for the third quarter.",
        (Q(5300000, None, "USD", "exact", None),),
    ),
    (
        "Some had predicted earnings of more than $4 a share for this year, up from last year's fully diluted $3.27 a share on earnings of $680.6 million.",
        (
            Q(4, None, "USD per share", "more-than", None),
            Q(3.27, None, "USD per share", "exact", None),
            Q(680600000, None, "USD", "exact", None),
        ),
    ),
    (
        "Some families have kept their glass working secrets for more than two thousand years.",
        (Q(2000, None, "year", "more-than", None),),
    ),
    (
        "For the nine months, America West posted earnings of $18.9 million, or 97 cents a share, compared with a loss of $9.7 million, or 74 cents a share, a year earlier.",
        (
            Q(9, None, "month", "exact", None),
            Q(18900000, None, "USD", "exact", None),
            Q(97, None, "cent per share", "exact", None),
            Q(9700000, None, "USD", "exact", None),
            Q(74, None, "cent per share", "exact", None),
        ),
    ),
    (
        "The El Paso, Texas, maker of Western boots and leather accessories said the preferred stock would accrue dividends at a 12% rate, but wouldn't be paid for the first two years.",
        (Q(12, None, "percent", "exact", None), Q(2, None, "year", "exact", None)),
    ),
    (
        "Previously, an affiliate of Unicorp Canada disclosed a stake of less than 5% in Nashua, according to Daniel M. Junius, Nashua's treasurer.",
        (Q(5, None, "percent", "less-than", None),),
    ),
    (
        "Tony Lama Co. said that Equus Investment II Limited Partnership has proposed changing the offer for the company to $13.65 in cash and stock from an all-cash transaction.",
        (Q(13.65, None, "USD", "exact", None),),
    ),
    (
        "The utility holding company said Hunter will receive 390,000 shares of a new series of Cilcorp convertible preferred stock with a face value of $39 million for the businesses.",
        (Q(390000, None, "shares", "exact", None), Q(39000000, None, "USD", "exact", None)),
    ),
    (
        "As part of the agreement, Cilcorp said it will pay Hunter $4 million in exchange for agreements not to compete.",
        (Q(4000000, None, "USD", "exact", None),),
    ),
    (
        "The extremist party recently took a surprising 13 percent of the vote in elections in a depressed eastern German state, and hopes to win its first seats in the federal parliament this September.",
        (Q(13, None, "percent", "exact", None),),
    ),
    (
        "In a first step, Dresdner Bank will buy 32.99% of BIP for 1,015 French francs ($162) a share, or 528 million francs ($84.7 million).",
        (
            Q(32.99, None, "percent", "exact", None),
            Q(1015, None, "FRF", "exact", None),
            Q(162, None, "USD", "exact", None),
            Q(528000000, None, "francs", "exact", None),
            Q(84700000, None, "USD", "exact", None),
        ),
    ),
    (
        "Revenue rose 14% to $4.03 billion from $3.54 billion.",
        (
            Q(14, None, "percent", "exact", "up"),
            Q(4030000000, None, "USD", "exact", None),
            Q(3540000000, None, "USD", "exact", None),
        ),
    ),
    (
        "Diversified Investment Group Inc. said it agreed to be acquired by Star States Corp. for stock valued at $13.75 a share, or about $24.4 million.",
        (
            Q(13.75, None, "USD per share", "exact", None),
            Q(24400000, None, "USD", "approximately", None),
        ),
    ),
    (
        "National Intergroup in the year-ago third quarter earned $22.5 million, or 97 cents a share, including a gain of $18 million from the sale of a steel tube company.",
        (
            Q(22500000, None, "USD", "exact", None),
            Q(97, None, "cent per share", "exact", None),
            Q(18000000, None, "USD", "exact", None),
        ),
    ),
    (
        "Meanwhile, Ogden Corp., which also has interests in building maintenance and management, reported third-quarter net income of $27.1 million, or 67 cents a share, more than twice the $13.5 million, or 34 cents a share, a year earlier.",
        (
            Q(27100000, None, "USD", "exact", None),
            Q(67, None, "cent per share", "exact", None),
            Q(13500000, None, "USD", "exact", None),
            Q(34, None, "cent per share", "exact", None),
        ),
    ),
    (
        "Until recently, Kellogg had been telling its sales force and Wall Street that by 1992 it intended to achieve a 50% share of market, measured in dollar volume.",
        (Q(50, None, "percent", "exact", None),),
    ),
    (
        "Kellogg, which hasn't been as successful in capitalizing on the public's health-oriented desire for oat bran as rival General Mills Inc., has been losing share in the $6 billion ready-to-eat cereal market.",
        (Q(6000000000, None, "USD", "exact", None),),
    ),
    (
        "The problem, market makers say, is that while the industrial average and the SampP 500 usually recover as buy programs kick in, the Nasdaq Composite frequently is left behind.",
        (),
    ),
    (
        "Kuchma also planned to visit Russian gas giant Gazprom, most likely to discuss Ukraine's dlrs 1.2 billion debt to the company. (pvs/vi/ji)",
        (Q(1200000000, None, "USD", "exact", None),),
    ),
    (
        "With Kuwait now ``annexed,'' Iraq has control of 20 percent of the world's oil reserves.",
        (Q(20, None, "percent", "exact", None),),
    ),
    (
        '"I don\'t think Kellogg can get back to 40% this year," he said.',
        (Q(40, None, "percent", "exact", None),),
    ),
    (
        "That decline was reflected in revenue for the GM Hughes unit, which edged down to $2.58 billion from $2.63 billion.",
        (Q(2580000000, None, "USD", "exact", None), Q(2630000000, None, "USD", "exact", None)),
    ),
    (
        "Kirschner Medical fell 4 to 15. The company said its third-quarter earnings will probably be lower than the 16 cents a share it reported last year, despite a rise in the company's revenue.",
        (
            Q(4, None, None, "exact", "down"),
            Q(15, None, None, "exact", None),
            Q(16, None, "cent per share", "exact", None),
        ),
    ),
    (
        "Passenger traffic jumped 14% in the quarter, while profit per passenger grew 2%.",
        (Q(14, None, "percent", "exact", "up"), Q(2, None, "percent", "exact", "up")),
    ),
    (
        "The company had a one-time charge of $14.8 million in the latest quarter covering the disposition of certain assets.",
        (Q(14800000, None, "USD", "exact", None),),
    ),
    (
        "The company also took a write-off of $150 million to cover losses on some fixed-price defense contracts, as some new managers took a hard look at the prospects for that slow-growing business.",
        (Q(150000000, None, "USD", "exact", None),),
    ),
    (
        'In announcing the plant delay, Kellogg Chairman William E. LaMothe said, "Cereal volume growth in the U.S. has not met our expectations for 1989".',
        (),
    ),
    (
        "Net advanced to $94.2 million, or 89 cents a share, from $85 million, or 83 cents a share, including net realized investment gains of $31 million, up from $10 million a year ago.",
        (
            Q(94200000, None, "USD", "exact", None),
            Q(89, None, "cent per share", "exact", None),
            Q(85000000, None, "USD", "exact", None),
            Q(83, None, "cent per share", "exact", None),
            Q(31000000, None, "USD", "exact", None),
            Q(10000000, None, "USD", "exact", None),
        ),
    ),
    (
        "GOODY PRODUCTS Inc. cut its quarterly dividend to five cents a share from 11.5 cents a share.",
        (
            Q(5, None, "cent per share", "exact", None),
            Q(11.5, None, "cent per share", "exact", None),
        ),
    ),
    (
        "The reduced dividend is payable Jan. 2 to stock of record Dec. 15. The Kearny, N.J.-based maker of hair accessories and other cosmetic products said it cut the dividend due to its third-quarter loss of $992,000, or 15 cents a share.",
        (Q(992000, None, "USD", "exact", None), Q(15, None, "cent per share", "exact", None)),
    ),
    ("It booked a gain of $18 million from the sale.", (Q(18000000, None, "USD", "exact", None),)),
    ("They reported a rise of 3%.", (Q(3, None, "percent", "exact", "up"),)),
    (
        "Net realized investment gains of $31 million were reported.",
        (Q(31000000, None, "USD", "exact", None),),
    ),
)

KNOWN_MISSES: tuple[Case, ...] = (
    (
        "Actually, about two years ago, the Journal listed the creation of the money fund as one of the 10 most significant events in the world of finance in the 20th century.",
        (Q(10, None, "events", "exact", None),),
    ),
    ("They bought a 3,000-square-foot house.", (Q(3000, None, "sq ft", "exact", None),)),
    ("Output rose 10-12m tonnes.", (Q(10000000, 12000000, "t", "range", "up"),)),
    ("The journey takes an hour and a half.", (Q(1.5, None, "hour", "exact", None),)),
    ("the population rose from 1200 to 1500", (Q(1200, 1500, None, "range", "up"),)),
    (
        "As a father and the grandfather of eight children -- including a boy who just turned 6, the same age as Elian -- Castro said he sympathized with the little boy's father, Juan Miguel Gonzalez.",
        (Q(8, None, "children", "exact", None), Q(6, None, "year", "exact", None)),
    ),
    (
        "Bin Laden, who is accused of masterminding the attack, is on the FBI's 10 Most Wanted List.",
        (),
    ),
    ("Temperatures fell to –5C overnight.", (Q(-5, None, "°C", "exact", None),)),
    ("The pound lost 1.5 cents against the dollar.", (Q(1.5, None, "cent", "exact", "down"),)),
    ("A couple of hundred fans waited outside.", (Q(200, None, "fans", "approximately", None),)),
    (
        "Anheuser-Busch announced its plan at the same time it reported third-quarter net income rose a lower-than-anticipated 5.2% to $238.3 million, or 83 cents a share, from $226.5 million, or 78 cents.",
        (
            Q(5.2, None, "percent", "exact", "up"),
            Q(238300000, None, "USD", "exact", None),
            Q(83, None, "cent per share", "exact", None),
            Q(226500000, None, "USD", "exact", None),
            Q(78, None, "cent", "exact", None),
        ),
    ),
    (
        'Jim Pattison Industries Ltd., one of a group of closely held companies owned by entrepreneur James Pattison, said it "intends to seek control" of 30%-owned Innopac Inc., a Toronto packaging concern.',
        (Q(30, None, "percent", "exact", None),),
    ),
    (
        "The company said it estimates the Desert Inn remodeling will cost about $32 million, and the refurbishment of the three DC-8-62 aircraft, made by McDonnell Douglas Corp., will cost around $24.5 million.",
        (
            Q(32000000, None, "USD", "approximately", None),
            Q(3, None, "aircraft", "exact", None),
            Q(24500000, None, "USD", "approximately", None),
        ),
    ),
)
