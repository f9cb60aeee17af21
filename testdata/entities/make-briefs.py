#!/usr/bin/env python3
"""Writes briefs.jsonl: short news briefs in the style of the project's seed
article (a headline, hedged and anonymously sourced paragraphs, [N] notes,
bullets), with gold named entities, for tag-entities.

Written for this project: made-up events about real public figures and
bodies of the 2020s, not copied from any corpus or site.  Edit the briefs
here and run this script again; tests/43-tag-entities-briefs.bats and
bench/eval-entities score tag-entities against the result.

Markup in the texts below (removed from "text"): {TYPE|name} marks a gold
name of TYPE PER, ORG, LOC or MISC (the conventions of
docs/entities-model.md, "Labels": titles stay outside, a possessive 's
stays outside, seats of government are ORG, nationalities MISC).

Each record: {"id", "text", "heldout", "set", "entities": [[start, end,
TYPE], ...]}, offsets in code points of "text".  "set" is one of:
- "tuned": the first 8, looked at while tuning;
- "held-out": 4 written with them, before any tuning, not looked at while
  tuning ("heldout": true).  But data/gazetteer-news.txt, the model's
  hand-written name list, was written after them and holds their names,
  so their figure is contaminated;
- "held-out-2": 6 written on 2026-12-06 for an honest figure, by someone
  who had not read data/gazetteer-news.txt or data/gazetteer.txt, and
  committed before the model was scored on them ("heldout": true).  Names
  from many countries and fields, famous and obscure; the events are made
  up, and so are some of the people (the local and private ones).  Never
  tune on them.
- "held-out-3": 8 written on 2026-12-06 by someone who had not read data/
  (neither gazetteer list, entity-conventions.txt nor clusters.txt) or the
  model card (docs/entities-model.md), and committed before any model was
  run on them ("heldout": true).  Made-up events of December 2026 from
  many countries and fields (an election audit in Brazil, a central bank
  in Nigeria, a chip licence fight, a human-rights ruling on Poland, a
  football transfer, a tanker in the Strait of Hormuz, a festival in
  Nagaland, a council in New South Wales); some people are invented.
  Never tune on them.
- "held-out-4": 10 written on 2026-12-06 by someone who had not read data/
  (neither gazetteer list, entity-conventions.txt nor clusters.txt) or the
  model card (docs/entities-model.md), never saw any model's output on
  them, and committed before any model was run on them ("heldout": true).
  Made-up events of December 2026 (coal units kept open for nickel
  smelters in Sulawesi, a court halting a lithium venture in Chile's
  Atacama, a grounded ship in the Long Tau channel off Ho Chi Minh City,
  irrigation cuts in Morocco's Souss-Massa, a tentative Canada Post deal,
  a by-election recount in Lahore, a Munch loan to Tokyo, a cholera
  outbreak in Amhara, a disputed penalty in Mexico's Apertura final, an
  Irish regulator's fine for X); rich in organisations (ministries,
  regulators, courts, unions, newspapers, universities, clubs, NGOs);
  some people and small firms are invented.  Never tune on them.
- "held-out-5": 12 written on 2026-12-06 (fourth session) by two writers
  who had not read data/, docs/, testdata/ or bench/, never saw any model's
  output on them, and were committed before any model was run on them
  ("heldout": true).  Made-up events of December 2026: a mining permit in
  Antioquia, a strike at the port of Antwerp-Bruges, a sickle-cell drug in
  Ghana, a privacy case in Ohio, a concert in Stockholm, a defence contract
  in Canada's Commons; a bank rescue in Bangladesh, water releases at
  Toktogul, a stake in Oman Air, a board fight at a Nagoya newspaper, a
  cyclone in Tonga, a cricket league in Lahore.  348 names (ORG 172, LOC
  79, PER 55, MISC 42); the one label changed after writing, before any
  run: a stadium as a venue is LOC (CoNLL's convention), not ORG.  Never
  tune on them.
- "held-out-6": 12 written on 2026-12-06 (fifth session) by two writers
  who had not read data/, docs/, testdata/, bench/ or the training briefs,
  never saw any model's output on them, and were committed before any
  model was run on them ("heldout": true), unchanged.  Made-up events of
  December 2026, six from Europe and the Americas and six from Asia,
  Africa, the Middle East and Oceania, each with hard cases asked for
  (one-word firms, names with "and" or "of" inside, events, laws and
  products, names opening sentences and in capitals).  317 names (ORG
  116, LOC 102, PER 56, MISC 43).  Never tune on them.
bench/eval-entities reports each set apart.
"""
import json
import os
import re

BRIEFS = []


def brief(id, text, heldout=False, set=None):
    BRIEFS.append((id, text.strip("\n"), heldout,
                   set or ("held-out" if heldout else "tuned")))


brief("kyiv-air-defence", """
{LOC|Kyiv} reportedly secures new air defence pledges from {MISC|European} allies – as stated by anonymous sources
{PER|Zelensky} and {PER|Merz} met in {LOC|Berlin} on Tuesday to discuss air defence systems for {LOC|Ukraine}. According to people familiar with the talks, {LOC|Germany} agreed to send two more {MISC|Patriot} batteries before the end of winter, although officials declined to confirm the number.
{PER|Mark Rutte}, the {ORG|NATO} secretary general, said the alliance would "do what it takes" to protect {MISC|Ukrainian} cities. {PER|Rutte} did not say whether {LOC|Washington} would pay for the systems.
Initial claims by {ORG|Kremlin} officials that the talks had failed were later dismissed by the {MISC|German} chancellor's office. A spokesman for {PER|Merz} said the meeting was "constructive and long".
[1] Claims by {ORG|Kremlin} officials about the talks. [2] The response of the chancellor's office in {LOC|Berlin}.
- {PER|Zelensky} and {PER|Merz} discussed air defence in {LOC|Berlin}, with {LOC|Germany} reportedly pledging two batteries.
- {ORG|NATO}'s {PER|Rutte} promised support but did not address funding.
""")

brief("openai-chips", """
{ORG|OPENAI} MAY BUILD ITS OWN CHIPS WITH {ORG|BROADCOM}, PEOPLE FAMILIAR WITH THE PLAN SAY
{ORG|OpenAI} is in early talks with {ORG|Broadcom} and {ORG|TSMC} about a custom chip for its data centres, two people familiar with the matter said on Monday. The company could announce the partnership as soon as next month, one of them said.
{PER|Sam Altman}, the chief executive, has told investors that {ORG|OpenAI} cannot rely on {ORG|Nvidia} alone. {ORG|Nvidia} declined to comment, and {ORG|Broadcom} did not respond to a request.
Analysts at {ORG|Morgan Stanley} suggested the plan might take years to deliver. {ORG|Reuters} first reported the talks in September.
- {ORG|OpenAI} is said to be talking to {ORG|Broadcom} and {ORG|TSMC}.
- {PER|Altman} wants to depend less on {ORG|Nvidia}.
""")

brief("gaza-ceasefire", """
Ceasefire talks in {LOC|Cairo} stall over {LOC|Gaza} border crossing, officials say
Negotiators from {LOC|Israel} and {ORG|Hamas} failed to agree on the control of the {LOC|Rafah} crossing during two days of talks in {LOC|Cairo}, according to two {MISC|Egyptian} officials who spoke on condition of anonymity.
{PER|Netanyahu} insisted that {MISC|Israeli} troops remain along the border, while {ORG|Hamas} demanded a full withdrawal. {PER|Steve Witkoff}, the {LOC|U.S.} envoy, is expected to travel to {LOC|Doha} later this week.
The {ORG|United Nations} warned that aid deliveries to {LOC|Gaza} had fallen by half since October. {PER|Tom Fletcher}, the {ORG|UN} aid chief, called the situation "unbearable".
[1] The {MISC|Egyptian} officials' account of the talks. [2] The {ORG|UN} warning on aid.
- Talks in {LOC|Cairo} stalled over {LOC|Rafah}.
- {PER|Witkoff} may go to {LOC|Doha}.
""")

brief("ecb-rates", """
{ORG|ECB} holds rates as {PER|Lagarde} warns of weak growth in the euro zone
The {ORG|European Central Bank} kept its deposit rate at 2 percent on Thursday, as expected by most economists. {PER|Christine Lagarde} said growth in the euro zone remained "fragile" and that the bank was ready to act.
Some members of the governing council reportedly argued for a cut, according to sources close to the discussion. {PER|Joachim Nagel}, the head of the {ORG|Bundesbank}, said before the meeting that there was no need to move.
Markets in {LOC|Frankfurt} and {LOC|Paris} rose slightly after the decision. The {ORG|Federal Reserve} will meet next week in {LOC|Washington}.
[1] Reports of a split on the governing council.
- The {ORG|ECB} held its rate at 2 percent.
- {PER|Lagarde} called growth fragile.
""")

brief("starmer-budget", """
{PER|Starmer} defends budget as {ORG|Labour} MPs voice doubts, party sources say
{PER|Keir Starmer} told his cabinet on Wednesday that the budget would "stand the test of time", even as several {ORG|Labour} MPs privately questioned the new tax on pensions, according to party sources.
{PER|Rachel Reeves}, the chancellor, is due to appear before the {ORG|Treasury Committee} next week. The {ORG|Conservatives} accused the government of breaking its promises, and {PER|Kemi Badenoch} called the plan "a raid on savers".
The {ORG|Office for Budget Responsibility} said the measures could raise 8 billion pounds a year, though it warned that the estimate was uncertain.
[1] Accounts from {ORG|Labour} sources of doubts among MPs.
- {PER|Starmer} defended the budget.
- {PER|Badenoch} attacked the pension tax.
""")

brief("trump-xi-call", """
{PER|Trump} and {PER|Xi} spoke by phone about tariffs and {LOC|Taiwan}, {ORG|White House} says
{PER|Trump} and {PER|Xi Jinping} held a ninety-minute call on Friday, the {ORG|White House} said, covering tariffs, fentanyl and {LOC|Taiwan}. {LOC|Beijing} described the call as "candid" but gave no details.
{PER|Marco Rubio}, the secretary of state, said in an interview with {ORG|CBS News} that a visit to {LOC|China} in the spring was "possible". {PER|Rubio} added that no date had been set.
A senior administration official, who asked not to be named, said the two leaders might meet at the {MISC|G20} summit in {LOC|Johannesburg}.
[1] The {ORG|White House} statement. [2] The remarks of the unnamed official.
- {PER|Trump} and {PER|Xi} discussed tariffs and {LOC|Taiwan}.
- {PER|Rubio} did not rule out a spring visit.
""")

brief("nvidia-export", """
{ORG|Nvidia} could resume some chip sales to {LOC|China}, according to people briefed on the matter
{ORG|Nvidia} may be allowed to sell a weaker version of its accelerators to {MISC|Chinese} customers, three people briefed on the matter said. The {ORG|Commerce Department} has not issued a decision, and a spokesperson declined to comment.
{PER|Jensen Huang} met lawmakers on {LOC|Capitol Hill} on Wednesday. Senator {PER|Elizabeth Warren} said in a letter that the sales would "hand {LOC|Beijing} a gift".
Shares of {ORG|Nvidia} rose 3 percent in {LOC|New York}. {ORG|AMD} and {ORG|Intel} also gained.
- {ORG|Nvidia} may resume sales of a weaker chip.
- {PER|Warren} opposed the plan.
""")

brief("greenland-visit", """
{MISC|Danish} prime minister visits {LOC|Greenland} amid renewed {LOC|US} interest
{PER|Mette Frederiksen} arrived in {LOC|Nuuk} on Monday for talks with {PER|Jens-Frederik Nielsen}, the head of {LOC|Greenland}'s government, days after {LOC|Washington} again raised the idea of buying the island.
{PER|Frederiksen} said {LOC|Greenland} was "not for sale" and that {LOC|Denmark} would increase its defence spending in the {LOC|Arctic}. {PER|Nielsen} told {ORG|KNR}, the public broadcaster, that {MISC|Greenlanders} should decide their own future.
Officials in {LOC|Copenhagen} reportedly fear that the dispute could strain ties within {ORG|NATO}.
[1] The remarks to {ORG|KNR}. [2] Reports of concern in {LOC|Copenhagen}.
- {PER|Frederiksen} visited {LOC|Nuuk}.
- {PER|Nielsen} said islanders should decide.
""")

# Held out: written with the others, before tuning; not looked at while tuning.
brief("modi-trade", """
{LOC|India} and the {ORG|EU} reportedly close to a trade deal, officials familiar with the talks say
{LOC|India} and the {ORG|European Union} are close to concluding a free trade agreement after nearly two decades of talks, according to officials familiar with the negotiations.
{PER|Narendra Modi} and {PER|Ursula von der Leyen} could announce the deal in {LOC|New Delhi} in January, one official said. {PER|Piyush Goyal}, the trade minister, told reporters that "a few issues" remained on cars and wine.
{MISC|French} farmers' groups have warned against cheaper imports. The {ORG|European Commission} declined to comment on the timing.
[1] Accounts from officials familiar with the talks.
- {LOC|India} and the {ORG|EU} may sign in January.
- {PER|Goyal} said cars and wine remain open.
""", heldout=True)

brief("musk-tesla", """
{PER|MUSK} SAYS {ORG|TESLA} WILL LAUNCH ROBOTAXIS IN {LOC|TEXAS} AND {LOC|ARIZONA}
{PER|Elon Musk} said on Wednesday that {ORG|Tesla} would expand its robotaxi service to {LOC|Austin} and {LOC|Phoenix} next year, though he gave no firm dates.
{PER|Musk} made the remarks on {ORG|X}, the platform he owns. Regulators at the {ORG|National Highway Traffic Safety Administration} are reviewing several crashes involving the vehicles, according to documents seen by {ORG|Bloomberg}.
{ORG|Waymo}, the unit of {ORG|Alphabet}, already operates in {LOC|Phoenix} and {LOC|San Francisco}.
- {PER|Musk} promised robotaxis in two more cities.
- {ORG|Waymo} is already present in {LOC|Phoenix}.
""", heldout=True)

brief("sudan-talks", """
{LOC|Sudan}'s army and {ORG|RSF} reportedly agree to humanitarian truce in {LOC|El Fasher}, diplomats say
The {MISC|Sudanese} army and the {ORG|Rapid Support Forces} agreed to a one-week truce around {LOC|El Fasher}, according to two diplomats who asked not to be identified.
{PER|Abdel Fattah al-Burhan} has not publicly confirmed the agreement. The {ORG|African Union} welcomed "reports of a pause" and urged both sides to let aid through.
{ORG|Médecins Sans Frontières} said its teams in {LOC|Darfur} were still unable to reach the city. {LOC|Saudi Arabia} and the {LOC|United States} have mediated earlier talks in {LOC|Jeddah}.
[1] The diplomats' account of the truce. [2] The statement of the {ORG|African Union}.
- A truce around {LOC|El Fasher} is reported but not confirmed.
- Aid groups still cannot reach the city.
""", heldout=True)

brief("carney-tariffs", """
{PER|Carney} and {PER|Sheinbaum} met in {LOC|Mexico City} to coordinate on {LOC|US} tariffs, aides say
{PER|Carney} and {PER|Sheinbaum} met on Thursday to discuss a joint response to new {MISC|American} tariffs on steel and cars, according to aides to both leaders.
{PER|Mark Carney} said {LOC|Canada} would "stand with its partners", while {PER|Claudia Sheinbaum} suggested that the review of the {MISC|USMCA} trade pact could begin early. Neither gave details.
{PER|Jamieson Greer}, the {LOC|U.S.} trade representative, is expected in {LOC|Ottawa} next week, a person familiar with his schedule said.
[1] The aides' account of the meeting.
- {PER|Carney} and {PER|Sheinbaum} discussed tariffs.
- {PER|Greer} may visit {LOC|Ottawa}.
""", heldout=True)

# Held out, second set (2026-12-06): written blind to the gazetteer lists and
# committed before scoring; see the module comment.  Never tune on these.
H2 = dict(heldout=True, set="held-out-2")

brief("cas-marathon-ban", """
{ORG|CAS} UPHOLDS BAN ON {MISC|KENYAN} MARATHON WINNER, LAWYERS SAY
The {ORG|Court of Arbitration for Sport} has upheld a four-year ban on {PER|Brenda Jepkosgei}, the winner of last year's {MISC|Valencia Marathon}, according to two lawyers familiar with the ruling, which has not yet been published.
{PER|Jepkosgei} tested positive for an anabolic steroid in an out-of-competition test in {LOC|Iten} in March. Her lawyer, {PER|Otieno Wafula}, said she would appeal to the {ORG|Swiss Federal Supreme Court} and insisted that the sample had been "mishandled".
The {ORG|Athletics Integrity Unit} declined to comment before the decision was released, but a spokesperson for {ORG|Athletics Kenya} said the federation "respects the process". {PER|Sebastian Coe}, the president of {ORG|World Athletics}, told reporters in {LOC|Monaco} last week that {LOC|Kenya} remained "a country of concern", a remark the sports ministry in {LOC|Nairobi} called unfair.
[1] The lawyers' account of the ruling. [2] The remarks of {PER|Coe} in {LOC|Monaco}.
- {ORG|CAS} reportedly upheld the ban on {PER|Jepkosgei}.
- {PER|Wafula} plans a further appeal in {LOC|Lausanne}.
""", **H2)

brief("byd-szeged-plant", """
{ORG|BYD} may delay its {MISC|Hungarian} car plant, people close to the company say
{ORG|BYD} could push back the opening of its factory near {LOC|Szeged} to late 2027, three people close to the company said on Friday, as the {ORG|European Commission} examines whether {MISC|Chinese} state aid helped pay for it.
{PER|Péter Szijjártó}, the foreign minister, denied any delay. "Production starts on schedule," he told {ORG|M1}, the state television channel. {PER|Wang Chuanfu}, the founder of {ORG|BYD}, has not commented in public.
A spokeswoman for the plant said the first {MISC|Dolphin} hatchbacks would still leave the line "in the coming months", contradicting the people close to the company. {PER|Tamás Vörös}, a labour economist at the {ORG|Corvinus University of Budapest}, said local suppliers had been told to expect lower volumes.
Shares of {ORG|BYD} fell 2 percent in {LOC|Hong Kong}.
[1] Accounts from people close to {ORG|BYD}. [2] {PER|Szijjártó}'s interview with {ORG|M1}.
- The plant near {LOC|Szeged} may open late.
- {LOC|Budapest} says production starts on schedule.
""", **H2)

brief("ghana-antibiotic", """
{MISC|GHANAIAN} SOIL YIELDS NEW ANTIBIOTIC, RESEARCHERS CLAIM; {ORG|WHO} URGES CAUTION
Researchers at the {ORG|Kwame Nkrumah University of Science and Technology} in {LOC|Kumasi} say a compound found in soil from the {LOC|Volta} region kills bacteria that resist most existing drugs, according to a study published on Wednesday in {ORG|Nature}.
{PER|Akosua Boateng}, who led the work, said the molecule "could reach patients within a decade". {PER|Lars Engström}, a microbiologist at the {ORG|Karolinska Institute} in {LOC|Stockholm} who was not involved, suggested that was optimistic, since the compound has so far been tested only in mice.
An official at the {ORG|World Health Organization} in {LOC|Geneva}, who asked not to be named, said the finding was "promising but early". {LOC|Ghana}'s health ministry, however, said it expected trials to begin next year with the {ORG|Wellcome Trust}.
[1] The claims of the study's authors. [2] The unnamed {ORG|WHO} official's comment.
- {PER|Boateng}'s team reports a new antibiotic from {MISC|Ghanaian} soil.
- {PER|Engström} and the {ORG|WHO} urged caution.
""", **H2)

brief("kenya-housing-levy", """
{MISC|Kenyan} court suspends housing levy again, lawyers say, as government vows to appeal
A three-judge bench of the {ORG|High Court} in {LOC|Nairobi} on Thursday suspended the collection of the housing levy under the {MISC|Affordable Housing Act}, lawyers for the petitioners said. The written ruling had not been published by the evening.
Justice {PER|Grace Nzioka} reportedly found that parliament had not properly consulted the public. Attorney General {PER|Dorcas Oduor} said the government would go to the {ORG|Court of Appeal} "at once", while the {ORG|Kenya Revenue Authority} said it would keep collecting the levy until it was formally served.
{PER|Atwoli}, the secretary general of the {ORG|Central Organization of Trade Unions}, welcomed the ruling. {PER|Ruto} told a rally in {LOC|Mombasa} that the houses "will be built, court or no court".
[1] The petitioners' lawyers' account of the ruling. [2] The statement of the {ORG|Kenya Revenue Authority}.
- The {ORG|High Court} reportedly suspended the levy.
- {PER|Oduor} promised an appeal.
""", **H2)

brief("antwerp-painting", """
Police in {LOC|Antwerp} recover painting stolen from {MISC|Dutch} museum, prosecutors say
{MISC|Belgian} police found a seventeenth-century still life stolen from the {ORG|Dordrechts Museum} two years ago in a garage in {LOC|Antwerp}, the federal prosecutor's office said on Saturday. Two men were arrested, one of them a {MISC|French} national.
The painting, {MISC|Still Life with Cheeses} by the {MISC|Flemish} artist {PER|Clara Peeters}, was wrapped in a blanket and "appears undamaged", a spokesman said. {PER|Arthur Brand}, the {MISC|Dutch} art detective who says he was tipped off in October, told {ORG|De Telegraaf} that a corner of the canvas was torn.
{PER|Marieke van der Linden}, the museum's director, said she had not yet seen the work. {ORG|Interpol} had listed it as stolen, and the {ORG|Openbaar Ministerie} in {LOC|Rotterdam} is expected to ask for the men's transfer to the {LOC|Netherlands}.
[1] The prosecutor's statement. [2] {PER|Brand}'s account in {ORG|De Telegraaf}.
- A stolen {PER|Peeters} still life was found in {LOC|Antwerp}.
- Its condition is disputed.
""", **H2)

brief("highland-visitor-levy", """
{ORG|HIGHLAND COUNCIL} SPLIT OVER {LOC|LOCH NESS} VISITOR TAX, COUNCILLORS SAY
Councillors on the {ORG|Highland Council} are divided over a plan to charge visitors a nightly levy in {LOC|Inverness} and around {LOC|Loch Ness}, according to three members who asked not to be named before a vote on Thursday.
{PER|Morag Strachan}, who leads the {ORG|Scottish National Party} group, said the levy would raise 10 million pounds a year for roads. {PER|Strachan} was contradicted within hours by the council's finance officer, who told the {ORG|Inverness Courier} that the figure was "closer to six".
{PER|Alasdair Munro}, an independent councillor for {LOC|Drumnadrochit}, said hotels along the {LOC|Great Glen} could lose bookings to {LOC|Aviemore}. Ministers at {ORG|Holyrood} passed the {MISC|Visitor Levy Act} last year, and {ORG|VisitScotland} has warned against "a patchwork" of rates.
[1] The three members' account. [2] The finance officer's remarks to the {ORG|Inverness Courier}.
- The {ORG|Highland Council} is split over the levy.
- {PER|Munro} fears lost bookings.
""", **H2)

# Held out, third set (2026-12-06): written blind to data/ and to the model
# card, committed before any model was run on them; see the module comment.
# Never tune on these.
H3 = dict(heldout=True, set="held-out-3")

brief("para-machine-audit", """
{ORG|TSE} ORDERS AUDIT OF VOTING MACHINES IN {LOC|PARÁ} GOVERNOR RACE, LAWYERS SAY
The {ORG|Superior Electoral Court} has ordered an audit of 212 electronic voting machines used in {LOC|Santarém} and {LOC|Altamira}, two lawyers for the {ORG|Workers' Party} said on Tuesday, five weeks after {PER|Raimunda Cordeiro} lost the runoff for governor of {LOC|Pará} by fewer than 9,000 votes.
The court in {LOC|Brasília} has not published any decision, and a press officer said only that "a request is under review". {PER|Márcio Tavares} of {ORG|União Brasil}, who was declared the winner, called the audit "theatre" and told {ORG|Folha de S.Paulo} that he would take office on January 1 as planned.
{PER|Cordeiro}'s campaign says turnout in several riverside towns along the {LOC|Tapajós} does not match the machines' printed reports. A police official who asked not to be named said the {ORG|Polícia Federal} had opened an inquiry into how the machines were carried upriver by boat, although the regional electoral court in {LOC|Belém} denied any irregularity.
{PER|Ana Luísa Pinheiro}, a political scientist at the {ORG|Federal University of Pará}, said a reversal was "very unlikely" and that the dispute was mostly about the 2030 race. President {PER|Lula} has not commented.
[1] The lawyers' account of the audit. [2] {PER|Tavares}'s remarks to {ORG|Folha de S.Paulo}.
- The {ORG|TSE} reportedly ordered an audit of machines in {LOC|Pará}.
- {PER|Tavares} says he will take office as planned.
""", **H3)

brief("nigeria-rate-cut", """
{ORG|Central Bank of Nigeria} cuts rates by surprise, and the governor and minister disagree on what comes next
The {ORG|Central Bank of Nigeria} lowered its benchmark rate by 100 basis points to 23.5 percent on Tuesday, a move that only two of eleven economists polled by {ORG|Reuters} had expected.
{PER|Olayemi Cardoso}, the governor, told reporters in {LOC|Abuja} that inflation was "firmly on the way down" and that the {ORG|Monetary Policy Committee} would stay cautious. Hours later, finance minister {PER|Wale Edun} said further cuts were "likely early in the new year", remarks that people familiar with the committee's discussions described as unwelcome. Two of its members reportedly voted to hold.
{MISC|Nigerian} bond yields fell sharply. {PER|Funmilayo Adekunle}, chief economist at {ORG|Ikoyi Capital} in {LOC|Lagos}, suggested the bank had "blinked first" under political pressure.
The {ORG|Manufacturers Association of Nigeria} welcomed the cut, while the {ORG|Nigeria Labour Congress} said food prices in northern states such as {LOC|Kano} were still rising. Shares on the {ORG|Nigerian Exchange} rose 1.8 percent, led by {ORG|Dangote Cement} and {ORG|MTN Nigeria}. An {ORG|IMF} mission is due in {LOC|Abuja} in January.
[1] The account of people familiar with the committee's discussions. [2] {PER|Edun}'s remarks on further cuts.
- The {ORG|CBN} cut its rate to 23.5 percent.
- {PER|Cardoso} and {PER|Edun} gave different signals.
""", **H3)

brief("arm-qualcomm-delaware", """
{ORG|Arm} and {ORG|Qualcomm} head back to court in {LOC|Delaware} over laptop chips, filings show
{ORG|Arm Holdings} has asked a federal judge in {LOC|Wilmington} to block sales of some {ORG|Qualcomm} processors made for {MISC|Windows} laptops, according to a filing made public on Monday, reopening a fight that began when {ORG|Qualcomm} bought the start-up {ORG|Nuvia} in 2021.
{ORG|Arm}, which is controlled by the {MISC|Japanese} group {ORG|SoftBank}, says the {MISC|Snapdragon X2} chips use designs that {ORG|Nuvia} was licensed to build only for servers. {ORG|Qualcomm} called the claim "recycled" and noted that a jury had rejected a similar one in December 2024.
Judge {PER|Maryellen Noreika} has set a hearing for January 14, a clerk at the {ORG|U.S. District Court for the District of Delaware} said. People familiar with the company's thinking say {PER|Rene Haas}, its chief executive, would settle for a higher royalty; a spokesperson denied that any talks were under way.
{PER|Cristiano Amon} told analysts in {LOC|San Diego} that laptop makers such as {ORG|Lenovo} and {ORG|HP} "are not worried". {PER|Masayoshi Son} has not commented.
[1] The filing, as described by the court. [2] The spokesperson's denial of talks.
- {ORG|Arm} reportedly wants some {ORG|Qualcomm} chips off the market.
- A hearing in {LOC|Wilmington} is set for January.
""", **H3)

brief("echr-wroclaw-judge", """
Rights court rules {LOC|Poland} punished a judge for her criticism; {LOC|Warsaw} officials split on the answer
The {ORG|European Court of Human Rights} ruled on Tuesday that {LOC|Poland} breached the free-speech rights of {PER|Zofia Kowalczyk}, a district judge in {LOC|Wrocław} who was moved to a distant court after criticising the changes made to the judiciary by the former {ORG|Law and Justice} government.
The judges in {LOC|Strasbourg} found that the transfer violated the {MISC|European Convention on Human Rights} and awarded her 20,000 euros in damages.
Justice minister {PER|Waldemar Żurek} called the judgment "a verdict on the past" and promised to restore {PER|Kowalczyk} to her post. A spokesman for President {PER|Karol Nawrocki}, who is often at odds with the government, said instead that the court had "no business" judging {MISC|Polish} appointments, and people close to the president reportedly expect him to block any reinstatement.
The {ORG|National Council of the Judiciary}, which approved the transfer in 2021, declined to comment. {PER|Kowalczyk}, who now lectures at the {ORG|University of Wrocław}, told {ORG|Gazeta Wyborcza} she felt "vindicated, but tired". The {ORG|Committee of Ministers} of the {ORG|Council of Europe} will oversee how the judgment is carried out.
[1] The court's judgment. [2] The remarks of {PER|Nawrocki}'s spokesman.
- {LOC|Poland} was found to have punished {PER|Kowalczyk} for her words.
- {PER|Żurek} and the president's office answered in opposite ways.
""", **H3)

brief("bayern-sporting-defender", """
{ORG|BAYERN} CLOSE IN ON {ORG|SPORTING} DEFENDER AS {MISC|PORTUGUESE} PRESS REPORTS 45 MILLION FEE
{ORG|Bayern Munich} have agreed a fee of about 45 million euros with {ORG|Sporting CP} for the centre-back {PER|Tiago Mendonça}, according to the {MISC|Portuguese} sports daily {ORG|Record}, though both clubs insisted on Sunday that nothing had been signed.
{PER|Mendonça}, 21, who grew up in {LOC|Setúbal} and has played twice for {LOC|Portugal}, would be the {MISC|Bundesliga} champions' first signing of the January window. {PER|Max Eberl}, the club's sporting director, said at the {LOC|Säbener Straße} training ground that {ORG|Bayern} were "talking to many players".
{PER|Frederico Varandas}, the {ORG|Sporting} president, reportedly wants the full release clause of 60 million, people close to the player's agent said. {ORG|A Bola}, a rival paper, reported that {ORG|Arsenal} and {ORG|Paris Saint-Germain} had also asked about him.
{PER|Vincent Kompany}, the {MISC|Belgian} coach, declined to discuss the player before Wednesday's {MISC|Champions League} game against {ORG|Club Brugge}.
[1] The report in {ORG|Record}. [2] The account of people close to the agent.
- {ORG|Bayern} reportedly agreed a fee for {PER|Mendonça}.
- {ORG|Sporting} says nothing is signed.
""", **H3)

brief("hormuz-tanker", """
Tanker reports boarding attempt in the {LOC|Strait of Hormuz}; {LOC|Tehran} denies any role
The master of the {MISC|Kestrel Dawn}, a tanker carrying crude from {LOC|Basra} to {LOC|Ningbo}, reported that two small craft tried to board it about 20 nautical miles north-east of {LOC|Fujairah} on Thursday night, the {ORG|United Kingdom Maritime Trade Operations} centre said.
The vessel, managed by {ORG|Aegean Pelagos Shipping} of {LOC|Piraeus} and sailing under the flag of {LOC|Liberia}, changed course and continued into the {LOC|Gulf of Oman}, according to {ORG|Ambrey}, a {MISC|British} security firm. None of the 23 crew was hurt.
{ORG|Tasnim}, a news agency close to the {ORG|Islamic Revolutionary Guard Corps}, quoted a naval commander as saying that {MISC|Iranian} boats had only "warned a vessel that broke the rules of navigation". Foreign ministry spokesman {PER|Esmaeil Baghaei} later said {LOC|Iran} had "no involvement whatsoever", contradicting the commander.
The {ORG|Fifth Fleet} of the {ORG|U.S. Navy}, based in {LOC|Bahrain}, said it was "aware of the reports". War-risk premiums for the strait rose again on Friday, brokers in {LOC|London} said, citing people familiar with the market.
[1] The report of {ORG|UKMTO}. [2] The statements of {ORG|Tasnim} and of {PER|Baghaei}.
- The {MISC|Kestrel Dawn} reported an attempted boarding.
- {LOC|Tehran} denied any role, contradicting a commander.
""", **H3)

brief("hornbill-boycott", """
{MISC|HORNBILL FESTIVAL} GOES AHEAD IN {LOC|KISAMA} DESPITE BOYCOTT CALL, ORGANISERS SAY
The {MISC|Hornbill Festival} opened on Tuesday in {LOC|Kisama}, twelve kilometres south of {LOC|Kohima}, despite a call by the {ORG|Nagaland Youth and Students' Forum} to boycott it over the state's new hiring rules, organisers said. Crowds were reportedly thinner than last year.
Chief minister {PER|Neiphiu Rio} told the opening ceremony that the festival "belongs to all {MISC|Nagas}". {PER|Vikhozo Kense}, the forum's president, said the boycott had been "a success", a claim the state's tourism department disputed: it put attendance on the first day at 18,000.
Dancers of the {MISC|Angami} and {MISC|Ao} tribes performed alongside groups from {LOC|Japan} and {LOC|South Korea}, and a rock contest drew bands from {LOC|Shillong} and {LOC|Guwahati}. The {ORG|Ministry of Development of North Eastern Region} in {LOC|New Delhi}, which helps pay for the event, declined to say whether its grant would be renewed.
The {ORG|Morung Express}, a daily in {LOC|Dimapur}, quoted one hotel owner as saying that bookings had fallen by a third.
[1] The organisers' figures. [2] The forum's claim of success.
- The {MISC|Hornbill Festival} opened despite a boycott call.
- Attendance figures are disputed.
""", **H3)

brief("byron-holiday-lets", """
{ORG|Byron Shire Council} votes to cap holiday lets at 60 nights, but the state may overrule it
Councillors in {LOC|Byron Bay} voted 6-3 on Thursday night to limit short-term rentals to 60 nights a year across most of the shire, a decision the {LOC|New South Wales} government may refuse to approve, according to two people familiar with the planning minister's thinking.
Mayor {PER|Kate Hollingworth} said the cap would return "hundreds of homes" to locals in {LOC|Mullumbimby}, {LOC|Bangalow} and the hinterland. {ORG|Airbnb} called it "a blunt instrument" and said it would make its case to the {ORG|Independent Planning Commission}.
Premier {PER|Chris Minns} told the {ORG|ABC} on Friday that ministers had "made no decision", though a spokesperson for the {ORG|Department of Planning, Housing and Infrastructure} said the council's figures "overstate the benefit".
{PER|Dylan Corr}, who runs a surf school near {LOC|Cape Byron}, said half his instructors now sleep in vans. Elders of the {MISC|Bundjalung} people spoke in favour of the cap, and the {ORG|Northern Rivers Housing Trust} said it would buy back homes if prices fell.
[1] The two people familiar with the minister's thinking. [2] The department spokesperson's remarks.
- {ORG|Byron Shire Council} voted for a 60-night cap.
- {PER|Minns} says no decision has been made.
""", **H3)

# Held out, fourth set (2026-12-06): written blind to data/, to the model card
# and to any model output, committed before any model was run on them; see
# the module comment.  Never tune on these.
H4 = dict(heldout=True, set="held-out-4")

brief("morowali-coal-delay", """
{ORG|PLN} DELAYS CLOSING COAL UNITS IN {LOC|SULAWESI} AS NICKEL SMELTERS DRAW MORE POWER, OFFICIALS SAY
{LOC|Indonesia}'s state utility {ORG|PLN} has quietly postponed the retirement of three coal-fired units near {LOC|Morowali} until at least 2032, two officials at the {ORG|Ministry of Energy and Mineral Resources} who asked not to be named said on Monday. The units supply the {ORG|Indonesia Morowali Industrial Park}, where smelters run mostly by {MISC|Chinese} firms turn ore into nickel for electric-car batteries.
Energy minister {PER|Bahlil Lahadalia} denied that any decision had been taken and told {ORG|Kompas} that the country's pledges under the {MISC|Just Energy Transition Partnership} "remain intact". {PER|Rini Wulandari}, an analyst at the {ORG|Institute for Essential Services Reform} in {LOC|Jakarta}, said the planning documents she had seen suggested otherwise.
{ORG|Tsingshan Holding}, the largest investor in the park, did not reply to questions. The {ORG|Asian Development Bank}, which had offered cheap loans to close the plants early, said it was "seeking clarification". Fishermen in {LOC|Bahodopi} reportedly complained again this month of ash on the beaches.
[1] The officials' account of the delay. [2] {PER|Bahlil}'s remarks to {ORG|Kompas}.
- {ORG|PLN} reportedly pushed the closures back to 2032.
- The minister says the pledges stand.
""", **H4)

brief("atacama-lithium-court", """
{MISC|Chilean} court halts part of lithium venture in the {LOC|Atacama} after indigenous complaint, lawyers say
The {ORG|Court of Appeals of Antofagasta} has suspended part of the lithium partnership between {ORG|Codelco} and {ORG|SQM} in the {LOC|Salar de Atacama}, lawyers for the {ORG|Council of Atacameño Peoples} said on Wednesday, pending a ruling on whether the communities were properly consulted.
The court has not published its order. A {ORG|Codelco} director, {PER|Matías Irarrázaval}, told {ORG|Radio Bío-Bío} that extraction would continue "without a single day lost". {PER|Ramón Tejerina}, the council's president, said in {LOC|San Pedro de Atacama} that the pumping of brine had to stop at once.
People familiar with the government's thinking say officials in {LOC|Santiago} fear that delays could unsettle {MISC|Chinese} and {MISC|Korean} buyers. The {ORG|Ministry of Mining} declined to comment, as did the {ORG|Supreme Court}, which is likely to hear an appeal in January.
{PER|Javiera Ossandón}, an environmental lawyer at the {ORG|University of Chile}, said the case tests the {MISC|Indigenous and Tribal Peoples Convention} more than the deal itself. Shares of {ORG|SQM} fell 4 percent.
[1] The lawyers' account of the order. [2] {PER|Irarrázaval}'s interview with {ORG|Radio Bío-Bío}.
- A court reportedly halted part of the venture in the {LOC|Salar de Atacama}.
- {ORG|Codelco} says extraction goes on.
""", **H4)

brief("long-tau-grounding", """
SHIP AGROUND IN {LOC|LONG TAU} CHANNEL HOLDS UP {LOC|HO CHI MINH CITY} PORTS, PILOTS SAY
The {MISC|Lotus Meridian}, a small container ship, ran aground on Saturday in the {LOC|Long Tau} channel that links {LOC|Ho Chi Minh City} to the {LOC|South China Sea}, according to two harbour pilots who asked not to be identified. At least 14 ships were reportedly waiting to leave the terminal at {LOC|Cat Lai} by Sunday evening.
The {ORG|Vietnam Maritime Administration} said the channel was "only partly restricted" and that tugs had been sent from {LOC|Vung Tau}. {ORG|Saigon Newport Corporation}, which runs {LOC|Cat Lai}, said instead that night departures had been suspended, contradicting the regulator.
{PER|Nguyen Thi Thu Hoa}, a director at the freight forwarder {ORG|Cuu Long Logistics}, told {ORG|VnExpress} that exporters of coffee and cashews from the {LOC|Mekong Delta} were switching to {LOC|Cai Mep}, where {ORG|Maersk} and {ORG|CMA CGM} call directly. The ship's owner, {ORG|Hai Phong Coastal Lines}, declined to comment.
Construction minister {PER|Tran Hong Minh} ordered an inquiry, a ministry statement said. People familiar with the salvage said refloating the vessel could take four days.
[1] The pilots' account. [2] The statement of {ORG|Saigon Newport Corporation}.
- A grounded ship reportedly held up 14 vessels.
- The regulator and the port operator disagree.
""", **H4)

brief("souss-water-cuts", """
{LOC|Morocco} cuts irrigation water in the {LOC|Souss} as drought drags on, growers say
Authorities in {LOC|Agadir} have cut water quotas for farms in the {LOC|Souss-Massa} region by 40 percent for the winter, three growers' associations said on Thursday, putting tomato and berry exports to {LOC|Europe} at risk.
The {ORG|Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests} has not confirmed the figure. Minister {PER|Ahmed El Bouari} said in {LOC|Rabat} that the desalination plant at {LOC|Chtouka} would "cover the gap", while the {ORG|Souss-Massa Hydraulic Basin Agency} reportedly told growers that the plant was running at half capacity.
{PER|Fatima Zahra Ouhaddou}, who grows tomatoes near {LOC|Biougra}, told {ORG|Hespress} she had left a third of her greenhouses empty. {ORG|OCP Group}, the state phosphate company, has offered to share water from its own plants, according to a person familiar with the talks; an {ORG|OCP} spokesman declined to comment.
{MISC|Spanish} farm unions, led by {ORG|COAG}, again accused {MISC|Moroccan} growers of undercutting farmers in {LOC|Almería}, and asked the {ORG|European Commission} to check import quotas.
[1] The associations' figures. [2] The basin agency's message to growers.
- Quotas in the {LOC|Souss-Massa} were reportedly cut by 40 percent.
- {PER|El Bouari} says desalination will fill the gap.
""", **H4)

brief("canada-post-deal", """
{ORG|CANADA POST} AND POSTAL UNION REACH TENTATIVE DEAL, BUT {LOC|QUEBEC} LOCALS BALK, SOURCES SAY
{ORG|Canada Post} and the {ORG|Canadian Union of Postal Workers} have reached a tentative four-year agreement after eleven days of rotating strikes, according to two people briefed on the talks, though locals in {LOC|Montreal} and {LOC|Quebec City} are reportedly urging members to reject it.
Jobs minister {PER|Patty Hajdu} said in {LOC|Ottawa} that she welcomed "real progress" but would not discuss terms. The {ORG|Canada Industrial Relations Board}, which sent postal workers back to work in 2024, has not been asked to step in this time, a clerk said.
{PER|Camille Beaulieu}, a vice-president of {ORG|Canada Post}, told the {ORG|Globe and Mail} that weekend parcel delivery would begin in March. {PER|Sylvain Lapointe}, who heads the union's {LOC|Montreal} local, called that "premature" and said members had not seen the text.
The {ORG|Canadian Federation of Independent Business} estimated that small firms lost 1 billion dollars in the weeks before {MISC|Christmas}, and sellers on {ORG|Shopify} said many customers had switched to {ORG|Purolator}.
[1] The account of people briefed on the talks. [2] {PER|Lapointe}'s remarks.
- A tentative deal was reached after eleven days of strikes.
- {LOC|Montreal} locals may reject it.
""", **H4)

brief("lahore-recount", """
{ORG|Election Commission of Pakistan} orders recount in {LOC|Lahore} by-election after rigging claims, officials say
The {ORG|Election Commission of Pakistan} has ordered a recount of votes from 61 polling stations in a by-election for a {ORG|National Assembly} seat in {LOC|Lahore}, two commission officials who asked not to be named said on Sunday.
{PER|Rana Tariq Mehmood} of the {ORG|Pakistan Muslim League-Nawaz} was declared the winner by about 1,200 votes over {PER|Sadia Qureshi}, an independent backed by {ORG|Pakistan Tehreek-e-Insaf}, whose founder {PER|Imran Khan} remains in prison in {LOC|Rawalpindi}. {PER|Qureshi}'s lawyers say result forms from {LOC|Shahdara} were filled in after polls closed.
Information minister {PER|Attaullah Tarar} called the recount "routine" and said it would "confirm the people's verdict". A {ORG|PTI} spokesman told {ORG|Dawn} that the party would still petition the {ORG|Lahore High Court}.
Observers from the {ORG|Free and Fair Election Network} reported turnout of 31 percent and "serious irregularities" at nine stations, though the commission disputed their count. The {ORG|Human Rights Commission of Pakistan} said mobile internet in parts of the constituency had been cut on polling day.
[1] The officials' account of the order. [2] {PER|Tarar}'s remarks.
- A recount was reportedly ordered at 61 stations.
- {ORG|PTI} plans to go to the {ORG|Lahore High Court}.
""", **H4)

brief("munch-tokyo-loan", """
{ORG|MUNCH MUSEUM} LOAN OF {MISC|THE SICK CHILD} TO {LOC|TOKYO} SPLITS CURATORS AND MINISTRY, PEOPLE FAMILIAR SAY
The {ORG|Munch Museum} in {LOC|Oslo} plans to lend a version of {MISC|The Sick Child} to the {ORG|Tokyo Metropolitan Art Museum} for a show opening in April, according to three people familiar with the plan, despite warnings from its own conservators that the canvas is too fragile to travel.
{PER|Ingrid Solberg-Aas}, the museum's director, told {ORG|Aftenposten} that the painting had "travelled safely before". {PER|Erik Haugland}, a retired conservator, said the opposite: flaking paint was found on it after a loan to {LOC|Copenhagen} in 2019.
Culture minister {PER|Lubna Jaffery} said the decision belonged to the museum, although people close to the ministry say officials asked the {ORG|Oslo City Council} to delay it. The {ORG|Yomiuri Shimbun}, which is sponsoring the show in {LOC|Ueno Park}, said {MISC|Japanese} visitors had waited "decades" to see the work.
{ORG|Fagforbundet}, the union that represents many of the museum's staff, said its members had not been consulted. {PER|Edvard Munch} left the work to the city when he died in 1944, along with most of his estate.
[1] The people familiar with the plan. [2] {PER|Solberg-Aas}'s remarks to {ORG|Aftenposten}.
- The {MISC|Norwegian} museum reportedly plans to lend a fragile work.
- Its director and a former conservator disagree.
""", **H4)

brief("amhara-cholera", """
{MISC|Ethiopian} officials play down cholera outbreak in {LOC|Amhara}, aid workers say
Cholera has spread to at least 14 districts of the {LOC|Amhara} region, according to aid workers who have seen internal figures, although the {ORG|Ethiopian Public Health Institute} has reported cases in only five.
Health minister {PER|Mekdes Daba} told reporters in {LOC|Addis Ababa} that the outbreak was "contained". An official of the {ORG|World Health Organization} in {LOC|Bahir Dar}, who asked not to be named, said vaccine stocks would run out within ten days.
Fighting between federal troops and {ORG|Fano} militias has closed roads around {LOC|Gondar} and {LOC|Debre Markos}, the {ORG|International Rescue Committee} said. {PER|Tigist Alemu}, a nurse at {ORG|Felege Hiwot Hospital}, told the {ORG|Addis Standard} that patients from villages along {LOC|Lake Tana} were arriving by boat.
{ORG|UNICEF} said 600,000 oral vaccine doses had reached {LOC|Djibouti} and would be flown in "as soon as possible". {ORG|Gavi}, which pays for most of the doses, declined to comment. {PER|Yonas Bekele}, an epidemiologist at {ORG|Addis Ababa University}, warned that crowded camps for displaced people around {LOC|Dessie} could make things worse.
[1] The aid workers' figures. [2] {PER|Mekdes}'s statement.
- The outbreak may be three times larger than reported.
- Vaccines are stuck in {LOC|Djibouti}.
""", **H4)

brief("tigres-apertura-final", """
{ORG|Tigres} win {MISC|Apertura} final over {ORG|Toluca}, but a penalty decision splits {LOC|Mexico}
{ORG|Tigres UANL} beat {ORG|Toluca} 3-2 on aggregate on Sunday to win the {MISC|Apertura} title in front of their own fans near {LOC|Monterrey}, after a late penalty that {ORG|Toluca} say should never have been given.
{PER|Antonio Mohamed}, the {ORG|Toluca} coach, said the referee, {PER|Óscar Villagrán}, had "decided the final". {PER|Guido Pizarro}, his opposite number, said the contact on {PER|Emiliano Roldán} was "clear".
The {ORG|Mexican Football Federation} said its referees' committee would review the decision, according to a statement, but two people close to the committee told {ORG|El Universal} that the referee would not be punished. Clips shared by {ORG|ESPN} reportedly show the defender touching the ball first.
{ORG|Toluca} fans in the {LOC|State of Mexico} protested outside the club's offices on Monday. Governor {PER|Samuel García} of {LOC|Nuevo León} called the title "a gift for the whole north", months after {LOC|Monterrey} hosted games at the {MISC|World Cup}.
[1] The federation's statement. [2] The account of people close to the referees' committee.
- {ORG|Tigres} won the title on aggregate.
- {ORG|Toluca} dispute the penalty.
""", **H4)

brief("coimisiun-x-fine", """
{MISC|IRISH} MEDIA REGULATOR PREPARES FINE FOR {ORG|X} OVER CHILD SAFETY, PEOPLE FAMILIAR SAY
{ORG|Coimisiún na Meán}, {LOC|Ireland}'s media regulator, is preparing to fine {ORG|X} for failing to keep children from harmful videos under the {MISC|Online Safety Code}, according to two people familiar with the inquiry. The amount has not been decided.
{ORG|X}, which has its {MISC|European} base in {LOC|Dublin}, said it had "complied in full" and would challenge any fine in the {ORG|High Court}. {PER|Elon Musk} wrote that the regulator was "censoring {MISC|Irish} people", a claim the minister for communications, {PER|Patrick O'Donovan}, called "nonsense".
The regulator works alongside the {ORG|Data Protection Commission}, which is separately examining how {ORG|X} used posts to train its {MISC|Grok} chatbot. {PER|Aoife Brennan}, of the {ORG|Irish Council for Civil Liberties}, told the {ORG|Irish Times} that fines "tend to arrive years late".
{PER|Ciarán Mac Aodha}, a lecturer in media law at {ORG|Trinity College Dublin}, said the case could end up before the {ORG|Court of Justice of the European Union}.
[1] The people familiar with the inquiry. [2] The company's statement.
- {ORG|X} faces a fine under the {MISC|Online Safety Code}.
- {PER|Musk} and {PER|O'Donovan} traded words.
""", **H4)

# Held out, fifth set (2026-12-06, fourth session): written blind to data/,
# to the model card, to every other brief and to any model output, committed
# before any model was run on them; see the module comment.  Never tune on
# these.
H5 = dict(heldout=True, set="held-out-5")

brief("e-antioquia-gold-ruling", """
{MISC|Colombian} court reportedly halts {LOC|Segovia} gold expansion as regulators disagree
{LOC|MEDELLÍN} - The {ORG|Administrative Tribunal of Antioquia} has suspended a planned expansion by {ORG|Minera Cauca Alto} near {LOC|Segovia}, according to two people familiar with the matter, after residents argued that tailings could reach the {LOC|Nechí River}.
Magistrate {PER|Luz Marina Ocampo} reportedly wrote that {ORG|Corantioquia}, the regional environmental authority, had not completed a required water study. {ORG|Corantioquia}'s director, {PER|Andrés Felipe Restrepo}, told {ORG|El Colombiano} that the study was filed in October and that the order "could be overturned within weeks". The {ORG|National Mining Agency} ({ORG|ANM}) said in a statement that the company's licence remained valid.
{ORG|Minera Cauca Alto}, a {LOC|Medellín}-based firm partly owned by the {MISC|Canadian} fund {ORG|Bluewater Resources}, said it would appeal to the {ORG|Council of State} in {LOC|Bogotá}. Officials at the {ORG|Ministry of Mines and Energy} who asked not to be named said the case could test rules introduced under former President {PER|Gustavo Petro}.
{PER|Jairo Zapata}, who leads the miners' association {ORG|Asomineros del Nordeste}, said hundreds of small-scale workers in {LOC|Segovia} and {LOC|Remedios} could lose income. {PER|Zapata} disputed the residents' account, calling it "exaggerated".
[1] The tribunal's order of 3 December.
[2] The {ORG|ANM} statement on the licence.
- {ORG|Minera Cauca Alto} will appeal to the {ORG|Council of State}, while {ORG|Corantioquia} rejects the tribunal's finding.
""", **H5)

brief("e-antwerp-dock-strike", """
{MISC|BELGIAN} DOCKWORKERS EXTEND STRIKE AT {LOC|ANTWERP} AS UNIONS SPLIT OVER PENSION DEAL
{LOC|ANTWERP} - Dockworkers at the port of {LOC|Antwerp} will reportedly extend their walkout into a third week, according to officials of the {ORG|Belgian Transport Workers' Union} ({ORG|BTB}), after talks with the employers' body {ORG|CEPA} broke down on Friday.
{ORG|BTB} spokesman {PER|Koen Vermeulen} said the pension reform backed by Prime Minister {PER|Bart De Wever}'s government would "gut" protections set out in the {MISC|Major Law} of 1972. The rival union {ORG|ACV Transcom}, however, said it was ready to sign. Its secretary, {PER|Sofie Claes}, told broadcaster {ORG|VRT} that "a majority of our members want to go back to work".
{ORG|CEPA} chief executive {PER|Marc Janssens} said container ships were being diverted to {LOC|Rotterdam} and {LOC|Hamburg}, and the business daily {ORG|De Tijd} reported that {ORG|MSC} had rerouted at least two vessels. The port authority, {ORG|Port of Antwerp-Bruges}, disputed the paper's estimate of losses; spokeswoman {PER|Annelies De Smet} said congestion could ease within days.
Officials at the {ORG|Federal Public Service Employment, Labour and Social Dialogue} who asked not to be named said a mediator could be appointed as early as Monday. {PER|Vermeulen} said the {ORG|BTB} would not attend.
[1] The {ORG|CEPA} statement of 11 December.
- {ORG|BTB} and {ORG|ACV Transcom} are split over the pension proposal.
- Ships are reportedly being diverted to {LOC|Rotterdam} and {LOC|Hamburg}.
""", **H5)

brief("e-ghana-sickle-cell-drug", """
{LOC|Ghana}'s regulator approves sickle-cell drug despite doubts from {ORG|Korle Bu} doctors
{LOC|ACCRA} - The {ORG|Food and Drugs Authority} ({ORG|FDA}) has granted conditional approval to {MISC|Sicklex}, an oral treatment for sickle-cell disease made by the {LOC|Tema}-based firm {ORG|Volta BioPharm}, according to officials who asked not to be named.
The decision reportedly relied on a trial of 420 patients run by the {ORG|University of Ghana} and the {ORG|Noguchi Memorial Institute for Medical Research}. Prof {PER|Kwabena Asante-Darko}, who led the study, said the drug cut painful crises by about a third. But Dr {PER|Efua Ansah-Boateng}, a haematologist at {ORG|Korle Bu Teaching Hospital}, told {ORG|Joy FM} that the trial was "too short to tell us about long-term safety".
The {ORG|Ministry of Health} said {MISC|Sicklex} could be added to the {MISC|National Health Insurance Scheme} list next year. {ORG|FDA} chief executive {PER|Yaw Nkansah-Mensah} had earlier said no decision on coverage had been made, according to two people familiar with the matter.
The {ORG|Sickle Cell Foundation of Ghana} welcomed the approval but warned that patients in the {LOC|Northern Region} and {LOC|Upper East Region} could struggle to obtain it. Its director, {PER|Abena Owusu-Sekyere}, urged {ORG|Volta BioPharm} to publish its price.
[1] The {ORG|FDA} notice of conditional approval.
[2] The {ORG|University of Ghana} trial summary.
- {MISC|Ghanaian} doctors remain divided over the long-term safety of {MISC|Sicklex}.
""", **H5)

brief("e-ohio-student-data", """
{LOC|Ohio} attorney general sues tech firm over student data at {ORG|Ohio State}
{LOC|COLUMBUS} - {LOC|Ohio} Attorney General {PER|Dave Yost} has filed suit against {ORG|Lumera Analytics}, a {LOC|Cincinnati} software company, alleging it shared location data of thousands of {ORG|Ohio State University} students with advertisers, according to a complaint filed in the {ORG|Franklin County Court of Common Pleas}.
{PER|Yost} said the firm's campus safety app, {MISC|SafeWalk}, could have exposed students' movements "to anyone willing to pay". {ORG|Lumera Analytics} chief executive {PER|Derek Hollister} denied the claim, telling the {ORG|Columbus Dispatch} that all data was anonymised and that the university had approved the contract.
{ORG|Ohio State University} spokesman {PER|Ben Johnson} said the university had "paused" use of the app pending a review. Two people familiar with the matter said the {ORG|Federal Trade Commission} had also opened an inquiry, although an {ORG|FTC} official who asked not to be named said no formal investigation existed.
State Senator {PER|Maria Delgado-Pierce}, a {ORG|Democratic Party} member from {LOC|Toledo}, said the case showed the limits of the {MISC|Ohio Personal Privacy Act}, which stalled in the {ORG|Ohio General Assembly} last year. The {ORG|Electronic Frontier Foundation} reportedly plans to file a brief supporting the state.
[1] The complaint filed by the {LOC|Ohio} attorney general's office.
- {ORG|Lumera Analytics} says the data was anonymised; {PER|Yost} says it was not.
""", **H5)

brief("e-stockholm-nobel-concert", """
{MISC|SWEDISH} BAND {ORG|KALLVATTEN} QUITS {MISC|NOBEL PRIZE CONCERT} AMID {ORG|MODERNA MUSEET} ROW
{LOC|STOCKHOLM} - The {MISC|Swedish} folk-rock band {ORG|Kallvatten} has withdrawn from this week's {MISC|Nobel Prize Concert}, reportedly after a dispute over an exhibition of its album artwork at {ORG|Moderna Museet}, according to two people familiar with the matter.
The {LOC|Gothenburg} group had been due to perform songs from its album {MISC|Midvinterljus} with the {ORG|Royal Stockholm Philharmonic Orchestra}. Singer {PER|Elin Sjöberg} told {ORG|Dagens Nyheter} that the museum had removed two works "without asking us". {ORG|Moderna Museet} director {PER|Gitte Ørskou} said the pieces were taken down only for conservation reasons and could return in January.
The {ORG|Nobel Foundation} said in a brief statement that the programme would go ahead. A foundation official who asked not to be named said the band's manager, {PER|Johan Lindqvist}, had raised fees as well, a claim {PER|Lindqvist} denied on {ORG|SVT}.
{ORG|Kallvatten}, whose members are known supporters of {ORG|IFK Göteborg}, last month won a {MISC|Grammis} award for {MISC|Midvinterljus}. The band said it would instead play a free concert at {LOC|Götaplatsen} in {LOC|Gothenburg} on Saturday.
[1] The {ORG|Nobel Foundation}'s statement.
- {ORG|Kallvatten} and {ORG|Moderna Museet} give conflicting accounts of why the artworks were removed.
""", **H5)

brief("e-ottawa-arctic-contract", """
{ORG|Commons} committee to summon defence officials over {LOC|Arctic} patrol contract
{LOC|OTTAWA} - The {ORG|Standing Committee on Public Accounts} in the {ORG|House of Commons} voted on Tuesday to summon senior officials from the {ORG|Department of National Defence} over a contract for {LOC|Arctic} patrol drones awarded to {ORG|Northgate Defence Systems}, a small {LOC|Halifax} firm.
{ORG|Conservative} MP {PER|Greg Halvorsen}, who moved the motion, said the contract had reportedly grown from 90 million to 240 million dollars without a tender. Defence Minister {PER|David McGuinty} rejected that figure, telling {ORG|CBC News} the increase reflected "additional aircraft, not a change in price".
The {ORG|Bloc Québécois} and the {ORG|New Democratic Party} backed the motion, while {ORG|Liberal} members abstained. {ORG|NDP} critic {PER|Lori Idlout}, who represents {LOC|Nunavut}, said communities near {LOC|Iqaluit} had not been consulted. Officials who asked not to be named said the {ORG|Office of the Auditor General} could open its own review.
{ORG|Northgate Defence Systems} founder {PER|Marie-Claude Fortin} said the company had followed the {MISC|Defence Production Act} and welcomed scrutiny. Prime Minister {PER|Mark Carney}'s office, according to {ORG|Radio-Canada}, declined to comment.
[1] The committee's motion of 15 December.
[2] The minister's interview with {ORG|CBC News}.
- The {ORG|Conservative}, {ORG|Bloc Québécois} and {ORG|NDP} members outvoted the {ORG|Liberal} side on the committee.
""", **H5)

brief("f-dhaka-bank-merger-probe", """
{LOC|Bangladesh} regulators split over probe into {ORG|Meghna Textiles} share surge
{LOC|DHAKA} - The {ORG|Bangladesh Securities and Exchange Commission} has reportedly opened an inquiry into a sharp rally in shares of {ORG|Meghna Textiles}, according to two people familiar with the matter, days after the {ORG|Bangladesh Bank} ordered {ORG|Padma Commercial Bank} to halt a planned merger with {ORG|Sonali Bank}.
{ORG|Meghna Textiles}' stock rose almost 40 per cent on the {ORG|Dhaka Stock Exchange} in the week before the order. The commission's chairman, {PER|Rashed Maqsood Khan}, told the {ORG|Daily Star} that trading "could have been driven by leaked information" about loans that {ORG|Padma Commercial Bank} had extended to the company. Governor {PER|Ahsan H. Mansur} of the {ORG|Bangladesh Bank}, however, said at a press briefing in {LOC|Motijheel} that the central bank had found "no evidence of insider dealing" and that its decision concerned capital adequacy alone.
Officials at the {ORG|Ministry of Finance} who asked not to be named said the dispute could delay the {MISC|Bank Company Act} amendments before the {ORG|Jatiya Sangsad}. {PER|Farida Akter}, a director of {ORG|Meghna Textiles}, denied any wrongdoing and said the firm's exporters in {LOC|Narayanganj} had simply won new orders from {MISC|European} buyers. Economists at {ORG|BRAC University} warned that {MISC|Bangladeshi} retail investors remained exposed.
[1] The {ORG|Bangladesh Bank} press briefing of 14 December.
- {ORG|BSEC} and the {ORG|Bangladesh Bank} offered conflicting accounts of the {ORG|Meghna Textiles} rally.
""", **H5)

brief("f-syr-darya-water-row", """
{LOC|KAZAKHSTAN}, {LOC|KYRGYZSTAN} TRADE BLAME OVER {LOC|TOKTOGUL} WATER RELEASES
{LOC|ASTANA} - {LOC|Kazakhstan}'s {ORG|Ministry of Water Resources and Irrigation} accused {LOC|Kyrgyzstan} on Tuesday of cutting winter releases from the {LOC|Toktogul} reservoir on the {LOC|Naryn River}, a move it said could leave farms in the {LOC|Turkestan Region} short of water next spring.
Vice minister {PER|Serik Abenov} said flows into the {LOC|Syr Darya} had fallen by a third, citing data from the {ORG|Interstate Commission for Water Coordination of Central Asia}. {PER|Abenov} said {LOC|Astana} would raise the matter with the {ORG|International Fund for Saving the Aral Sea}. In {LOC|Bishkek}, {PER|Taalaibek Ibraev}, head of the {ORG|Ministry of Energy of the Kyrgyz Republic}, rejected the figures and said {ORG|Electric Stations}, the state generator, had in fact raised output to meet {MISC|Kyrgyz} heating demand.
According to two diplomats who asked not to be named, the {ORG|United Nations Regional Centre for Preventive Diplomacy for Central Asia} has offered to host talks in {LOC|Tashkent} before the end of December. {PER|Aigerim Sadykova}, a hydrologist at {ORG|Al-Farabi Kazakh National University}, said the dispute reportedly stemmed from an unsigned 2026 barter deal under which {MISC|Kazakh} coal was to be swapped for summer water.
[1] The {MISC|Kazakh} ministry's statement of 15 December.
[2] {ORG|Electric Stations} output data cited by the {ORG|Kabar} news agency.
- {LOC|Kazakhstan} and {LOC|Kyrgyzstan} dispute whether releases from {LOC|Toktogul} were cut.
""", **H5)

brief("f-oman-air-fund-stake", """
{LOC|Oman}'s sovereign fund weighs stake sale in national airline, sources say
{LOC|MUSCAT} - The {ORG|Oman Investment Authority} is reportedly considering selling up to 30 per cent of {ORG|Oman Air} to a {MISC|Gulf} partner, according to three people familiar with the matter, as the carrier pushes to expand its fleet of {MISC|Boeing 787} jets.
The sources said {ORG|Qatar Airways} and the {LOC|Abu Dhabi}-based investor {ORG|ADQ} had held preliminary talks, while {ORG|Asyad Group}, which runs the {LOC|Port of Sohar} and {LOC|Duqm}, could take a smaller holding to link cargo and logistics. {PER|Con Korfiatis}, chief executive of {ORG|Oman Air}, told the {ORG|Times of Oman} that "no decision has been taken" and that the airline's turnaround under the {MISC|Oman Vision 2040} plan was on track.
A spokesman for the {ORG|Ministry of Transport, Communications and Information Technology} declined to comment. But {PER|Salim al-Harthy}, a member of the {ORG|Majlis al-Shura}'s economic committee, said {MISC|Omani} lawmakers had not been briefed and would oppose any deal that moved the hub away from {LOC|Muscat International Airport}. Analysts at {ORG|Bank Muscat} estimated the stake could be valued at about $600 million.
[1] {ORG|Oman Air}'s statement to the {ORG|Times of Oman}.
- {ORG|OIA} has not confirmed the talks; {PER|Korfiatis} said no decision had been taken.
""", **H5)

brief("f-tokyo-newspaper-board-fight", """
ACTIVIST FUND SEEKS TO OUST {ORG|CHUBU SHIMBUN} CHAIRMAN
{LOC|TOKYO} - {ORG|Kestrel Harbour Capital}, a {LOC|Singapore}-based activist fund, has called an extraordinary shareholders' meeting at {ORG|Chubu Shimbun Holdings} to remove chairman {PER|Hiroshi Takeda}, according to a filing with the {ORG|Tokyo Stock Exchange}.
The fund, which reportedly holds 11 per cent, says the {LOC|Nagoya} publisher has wasted its property portfolio while circulation of its flagship paper fell. {PER|Naomi Fujisawa}, a partner at {ORG|Kestrel Harbour Capital}, said the board had ignored the {MISC|Corporate Governance Code} and rejected offers from {ORG|Mitsui Fudosan} for a downtown site. {PER|Takeda} told {ORG|NHK} the fund wanted "to strip the newspaper for parts" and that editorial independence was at stake.
Two people familiar with the matter said {ORG|Chubu Electric Power}, a long-standing cross-shareholder, could back management, while proxy adviser {ORG|Institutional Shareholder Services} had yet to issue a recommendation. Officials at the {ORG|Financial Services Agency} who asked not to be named said the case would test {MISC|Japanese} rules on stable shareholders. The {ORG|Japan Newspaper Publishers and Editors Association} voiced concern, and {PER|Kenji Mori}, a law professor at {ORG|Keio University}, said a court challenge at the {ORG|Nagoya District Court} was likely.
[1] {ORG|Kestrel Harbour Capital}'s filing of 9 December.
- {ORG|Chubu Shimbun Holdings} will hold the meeting in {LOC|Nagoya} in February.
""", **H5)

brief("f-tonga-cyclone-response", """
{ORG|Pacific Islands Forum} pledges aid after {MISC|Cyclone Mele} hits {LOC|Tonga}, fisheries fears grow
{LOC|NUKU'ALOFA} - Leaders of the {ORG|Pacific Islands Forum} have pledged emergency support to {LOC|Tonga} after {MISC|Cyclone Mele} tore through the {LOC|Ha'apai} islands, though officials gave conflicting figures on the damage.
Prime Minister {PER|Aisake Eke} said at least 1,200 homes had been damaged and that the fishing fleet at {LOC|Pangai} had been "almost wiped out". {PER|Eke} appealed to {LOC|Australia} and {LOC|New Zealand} for patrol boats. {ORG|National Emergency Management Office} director {PER|Mafua Tupou} put the number of damaged homes closer to 700 and said assessments were continuing.
{LOC|New Zealand}'s Foreign Minister {PER|Winston Peters} said a {ORG|Royal New Zealand Air Force} {MISC|C-130J Hercules} had flown supplies from {LOC|Auckland}, while the {ORG|Australian Defence Force} deployed {MISC|HMAS Adelaide}. According to officials who asked not to be named, the {ORG|Pacific Islands Forum Fisheries Agency} in {LOC|Honiara} could ease catch reporting rules for {MISC|Tongan} vessels under the {MISC|Nauru Agreement}. {PER|Losana Fifita}, who runs the small {ORG|Ha'apai Reef Cooperative}, told {ORG|Radio New Zealand} that aid had yet to reach outer islands.
[1] The {ORG|Pacific Islands Forum} secretariat's statement from {LOC|Suva}.
- {MISC|Tongan} officials disagreed on the scale of housing damage.
""", **H5)

brief("f-lahore-psl-streaming-row", """
{ORG|PCB} and streaming platform clash over {MISC|PSL} rights as {ORG|Lahore Qalandars} threaten boycott
{LOC|LAHORE} - The {ORG|Pakistan Cricket Board} is reportedly preparing to cancel a streaming deal with {ORG|Tapmad} for the 2027 {MISC|Pakistan Super League}, according to two people familiar with the matter, after franchises complained of unpaid revenue shares.
{ORG|Lahore Qalandars} chief executive {PER|Atif Rana} said his club and {ORG|Karachi Kings} had not received their December instalments and could skip the player draft. {ORG|PCB} chairman {PER|Mohsin Naqvi} told {ORG|Geo News} that payments were "fully up to date" and accused franchise owners of negotiating through the media. {ORG|Tapmad} founder {PER|Fahad Qureshi} said the platform had paid on time and blamed delays at the {ORG|State Bank of Pakistan}.
The row comes as the {ORG|Lahore Sound Records} label prepares to release {MISC|Dil Ka Maidan}, the official anthem album for the season, featuring {PER|Ali Zafar} and {PER|Hania Aamir}. Officials at the {ORG|Ministry of Inter-Provincial Coordination} who asked not to be named said {LOC|Gaddafi Stadium} would still host the opening match. {PER|Shoaib Malik}, the former {MISC|Pakistani} captain, said the league's image abroad could suffer.
[1] The {ORG|PCB}'s statement to {ORG|Geo News}.
- {ORG|Lahore Qalandars} and the {ORG|PCB} dispute whether franchise payments are late.
""", **H5)

# Held out, sixth set (2026-12-06, fifth session): written blind to data/,
# to the model card, to every other brief, to the training briefs and to
# any model output, committed before any model was run on them; see the
# module comment.  Never tune on these.
H6 = dict(heldout=True, set="held-out-6")

brief("h6a-nuuk-mining-licence-delay", """
{LOC|Greenland} vote on {ORG|Qaqortoq Minerals} licence delayed as {LOC|Copenhagen} raises questions
{LOC|NUUK} - {LOC|Greenland}'s parliament, the {ORG|Inatsisartut}, postponed a vote on Thursday on a rare-earth licence for {ORG|Qaqortoq Minerals}, a small firm registered in {LOC|Nuuk}, after the {MISC|Danish} foreign ministry reportedly asked for more time to study the project's financing.
Premier {PER|Jens-Frederik Nielsen} told broadcaster {ORG|KNR} the delay was "purely technical" and that the licence could still pass before the end of the year. But a senior official in {LOC|Copenhagen}, who asked not to be named, said the government had "serious questions" about an investor linked to {ORG|Baltic and Arctic Holdings}, a fund registered in {LOC|Cyprus}.
{ORG|Qaqortoq} chief executive {PER|Aviaja Petersen} denied any foreign control and said the company had shared its accounts with the {ORG|Mineral Licence and Safety Authority} [1]. Opposition lawmaker {PER|Malik Kreutzmann} of {ORG|Naleraq} accused {PER|Nielsen} of "letting {LOC|Denmark} write our mining law", while {ORG|Siumut} said it could back the licence if local hiring targets were added.
The {ORG|European Commission}, which named {MISC|Greenlandic} deposits among strategic projects under its {MISC|Critical Raw Materials Act}, declined to comment. {PER|Petersen} said the mine near {LOC|Narsaq} might employ up to 180 people, most of them from {LOC|South Greenland}.
- A vote is now expected in mid-December.
- {ORG|Baltic and Arctic Holdings} did not reply to requests for comment.
[1] Company statement, December 2026.
""", **H6)

brief("h6a-tallinn-crypto-lender-verdict", """
Founders of {LOC|Tallinn} crypto lender {ORG|Virmalised} jailed over investor fraud
{LOC|TALLINN} - The {ORG|Harju County Court} on Friday sentenced the two founders of {ORG|Virmalised}, a crypto lending start-up, to six and four years in prison for defrauding about 9,000 savers, most of them {MISC|Finns} and {MISC|Latvians}, prosecutors said.
Judge {PER|Kadri Sepp} found that {PER|Rasmus Õunapuu} and {PER|Liisi Kangro} had promised returns of 14 percent a year while quietly moving deposits to accounts in {LOC|Dubai} and {LOC|Gibraltar}. {PER|Õunapuu}'s lawyer, {PER|Indrek Tamm}, said his client would appeal to the {ORG|Tallinn Circuit Court} and called the ruling "a verdict written for the newspapers".
The {ORG|Prosecutor's Office} is reportedly seeking to seize a yacht, the {MISC|Merikotkas}, which may be moored in {LOC|Malta}. Prosecutors put investors' losses at 41 million euros, but the court's ruling set the figure at about 28 million, and a spokesman for the {ORG|Financial Supervision and Resolution Authority} said the true amount "may never be known" [1].
A former {ORG|Virmalised} employee, who asked not to be named, said staff had raised concerns internally as early as 2024. Lawyers for victims from the firm {ORG|Ellex Raidla} said the case was the largest since the {MISC|Markets in Crypto-Assets Regulation} took effect across the {ORG|European Union}.
- {ORG|Virmalised} collapsed in March 2026.
- Victims' group {ORG|Kaitse Koos} says fewer than half of investors have been repaid.
[1] Written reply to {ORG|ERR News}, December 2026.
""", **H6)

brief("h6a-faroe-handball-shock", """
{LOC|FAROE ISLANDS} STUN CHAMPIONS {LOC|NORWAY} AT {MISC|EHF EURO}
{LOC|KATOWICE} - The {LOC|Faroe Islands} beat title holders {LOC|Norway} 27-26 on Saturday in what organisers called the biggest upset in the history of the women's {MISC|EHF EURO}, a result the team's own coach said would have seemed "impossible a year ago".
Left back {PER|Turið Hansen}, who plays for {ORG|Team Esbjerg} in {LOC|Denmark}, scored nine goals, including the winner four seconds from time, in front of about 5,000 fans at the {LOC|Spodek}. Goalkeeper {PER|Rakul Poulsen} made 14 saves.
{LOC|Norway} coach {PER|Ole Gustav Gjekstad} said the referees had missed "at least two" fouls in the final minute, though the {ORG|European Handball Federation} said it had reviewed the footage and found no errors [1]. A {MISC|Norwegian} federation official, speaking on condition of anonymity, said the team might still file a complaint.
{MISC|Faroese} coach {PER|Rógvi Joensen} said fans in {LOC|Tórshavn} and {LOC|Klaksvík} had watched on big screens, and public broadcaster {ORG|Kringvarp Føroya} reportedly recorded its highest ratings "probably ever". The islands, home to about 55,000 people, next face {LOC|Spain} on Monday, and {PER|Hansen} said the squad would "not celebrate too much".
[1] {ORG|EHF} statement, December 2026.
""", **H6)

brief("h6a-nunavik-film-sundance", """
{MISC|Inuktitut} drama from {LOC|Nunavik} picked for first {MISC|Sundance} in {LOC|Boulder}
{LOC|MONTREAL} - {MISC|Sila}, a drama shot almost entirely in {MISC|Inuktitut} by first-time director {PER|Élise Nappaaluk}, has been selected for the world cinema dramatic competition at the {MISC|Sundance Film Festival}, the first edition to be held in {LOC|Boulder}, {LOC|Colorado}, the {ORG|Sundance Institute} said on Wednesday.
The film, about two sisters who run a hunting outfitter near {LOC|Kuujjuaq}, was produced by {ORG|Kinograf}, a four-person studio in the {LOC|Mile End} district of {LOC|Montreal}, with money from {ORG|Telefilm Canada} and {ORG|SODEC}.
{PER|Nappaaluk} told {ORG|Radio-Canada} the budget was under C$900,000. A spokeswoman for {ORG|Telefilm Canada}, {PER|Nadia Brisebois}, said the agency had covered "roughly half" of the cost, but {ORG|Kinograf} producer {PER|Marc-André Lussier} said public funds made up less than a third and that most of the money came from the {ORG|Makivvik Corporation} and private donors.
Distributors including {ORG|Mongrel Media} are reportedly in talks for {MISC|Canadian} rights, according to two people familiar with the discussions, although one of them said a deal "may not close before the festival".
- The festival runs in late January.
- Lead actress {PER|Lucy Tulugak}, 19, had never acted before.
- {PER|Nappaaluk}'s 2023 short {MISC|Qimmiit} screened at the {MISC|Toronto International Film Festival}.
""", **H6)

brief("h6a-reykjanes-eruption-evacuation", """
New fissure opens on {LOC|Reykjanes Peninsula} as {LOC|Grindavík} is evacuated again
{LOC|GRINDAVÍK} - A fissure about two kilometres long opened near the {LOC|Sundhnúkur} crater row north of {LOC|Grindavík} early on Sunday, the {ORG|Icelandic Meteorological Office} said, the first eruption on the {LOC|Reykjanes Peninsula} since the summer and possibly the largest since 2024.
Police evacuated the few dozen residents who had returned to the fishing town, and the {LOC|Blue Lagoon} spa was closed as a precaution. {ORG|HS Orka}, which runs the nearby {LOC|Svartsengi} power plant, said hot water supplies to about 30,000 people could be disrupted if lava reached its pipelines.
Prime Minister {PER|Kristrún Frostadóttir} said there was "no immediate danger to life". But the {ORG|Department of Civil Protection and Emergency Management} warned that lava might cross the road to {LOC|Keflavík Airport} within 24 hours, while a volcanologist at the {ORG|University of Iceland}, {PER|Halldóra Gunnarsdóttir}, said the flow appeared to be slowing.
{ORG|Icelandair} said flights were operating normally, though it could not rule out delays if gas levels rose. Residents moved to {LOC|Reykjanesbær} were being housed in a school gym, according to the {ORG|Icelandic Red Cross}.
- The eruption began at about 03:40 local time.
- {PER|Gunnarsdóttir} says the magma chamber under {LOC|Svartsengi} may refill within months.
- {MISC|Icelanders} have seen more than ten eruptions in the area since late 2023.
""", **H6)

brief("h6a-montevideo-fintech-deal", """
{ORG|Mercado Libre} in talks to buy {MISC|Uruguayan} payments start-up {ORG|Pagüé}, sources say
{LOC|MONTEVIDEO} - {ORG|Mercado Libre}, the largest e-commerce group in {LOC|Latin America}, is in advanced talks to buy {ORG|Pagüé}, a small payments start-up based in {LOC|Montevideo}, for about $250 million, according to three people familiar with the discussions.
A deal could be announced before the end of the year and would fold the 600,000 users of {ORG|Pagüé} into {ORG|Mercado Pago}, the group's fintech arm, the people said. A spokeswoman for the company, which is listed on the {ORG|Nasdaq}, said it "does not comment on market rumours", while {ORG|Pagüé} co-founder {PER|Florencia Arrospide} told the newspaper {ORG|El País} that no offer had been signed.
Any deal would need approval from the {ORG|Central Bank of Uruguay} and the {ORG|Commission for the Promotion and Defence of Competition}. A central bank official said a review could take "several months", but an adviser to President {PER|Yamandú Orsi}, who asked not to be named, said the government expected a decision by March [1].
Founded in {LOC|Salto} in 2021, {ORG|Pagüé} is best known for {MISC|PagüéQR}, a payment app used by small shops along the {LOC|Uruguay River} border with {LOC|Argentina}. Rival {ORG|dLocal}, also based in {LOC|Montevideo}, declined to comment.
[1] Remarks to reporters, December 2026.
""", **H6)

brief("h6b-fiji-coalition-rift", """
{LOC|FIJI} COALITION SPLITS OVER {MISC|SUGAR INDUSTRY AMENDMENT BILL} AS {PER|RABUKA} FACES VOTE
{LOC|SUVA} - {MISC|Fijian} Prime Minister {PER|Sitiveni Rabuka} may face a no-confidence motion as early as next week after the {ORG|Social Democratic Liberal Party} reportedly walked out of talks on the {MISC|Sugar Industry Amendment Bill}, according to two lawmakers who asked not to be named.
The bill would hand the mills at {LOC|Lautoka} and {LOC|Labasa} to a new board chaired by businessman Ratu {PER|Josefa Vakaloloma}, an appointment the {ORG|Vanua Levu Cane Growers Association} called "a gift to insiders".
{ORG|SODELPA} general secretary {PER|Losana Tuimaba} said her party "could not in good conscience" back the bill in its current form.
Deputy Prime Minister {PER|Biman Prasad}, whose {ORG|National Federation Party} supports the reform, told {ORG|Fiji Broadcasting Corporation} the coalition was "solid and working". A spokesman for the {ORG|Office of the Prime Minister} later said the government "could revisit" the board appointment, however [1].
Independent member {PER|Salote Naivalu} said she had been approached by both sides. "Nobody has the numbers yet," she said.
Diplomats from {LOC|Australia} and {LOC|New Zealand} said privately they were watching closely ahead of a {ORG|Pacific Islands Forum} meeting in {LOC|Honiara} in February.
- A no-confidence vote needs 28 of the 55 seats in the {ORG|Parliament of Fiji}.
- {ORG|Fiji Sugar Corporation} says milling plans for 2027 are unaffected.
- {PER|Vakaloloma} has not commented.
[1] Statement from the {ORG|Office of the Prime Minister}, 6 December 2026.
""", **H6)

brief("h6b-lagos-fintech-freeze", """
{MISC|Nigerian} regulator freezes accounts of payments start-up {ORG|Kubeta}
{LOC|LAGOS} - The {ORG|Central Bank of Nigeria} has ordered lenders to freeze accounts linked to {ORG|Kubeta}, a small payments firm based in {LOC|Lekki}, after auditors reportedly found a 14 billion naira gap in customer funds, according to three people familiar with the matter.
{ORG|Kubeta} founder {PER|Chidera Okonkwo-Bello} denied wrongdoing in a post on {ORG|LinkedIn}, calling the shortfall "an accounting timing issue" that would be resolved "within weeks".
{ORG|Economic and Financial Crimes Commission} chairman {PER|Ola Olukoyede} told reporters in {LOC|Abuja} that investigators had questioned two {ORG|Kubeta} executives. Hours later, commission spokesman {PER|Musa Adeyanju} said nobody had been detained or formally interviewed.
Partner lenders {ORG|Wema Bank} and {ORG|Access Bank} said in separate statements that their own exposure was limited. Shares in both slipped, and the {MISC|NGX All-Share Index} closed 0.4 percent lower.
{ORG|Fintech Association of Nigeria} president {PER|Babatunde Eluwa} warned the case "could chill" investment in the sector, while a senior official at the {ORG|CBN}, who asked not to be named, said the regulator may tighten rules for wallet providers [1].
- About 210,000 customers use {ORG|Kubeta}'s {MISC|Kobo Vault} savings app, the company says.
- The {ORG|CBN} has given the firm 21 days to respond.
- {PER|Okonkwo-Bello} previously worked at {ORG|Paystack} and {ORG|Flutterwave}.
[1] {ORG|Central Bank of Nigeria} circular, 4 December 2026.
""", **H6)

brief("h6b-watamu-land-ruling", """
{MISC|Kenyan} court halts {LOC|Watamu} beachfront sale, citing {MISC|Community Land Act}
{LOC|MALINDI} - The {ORG|Environment and Land Court} in {LOC|Malindi} on Friday suspended the sale of about 400 acres of beachfront land near {LOC|Watamu} to {ORG|Sabaki Shores Holdings}, a little-known developer, pending a full hearing in January.
Justice {PER|Mary Njeri Wambugu} said the transfer "may have bypassed" consultations required under the {MISC|Community Land Act}, according to a copy of the ruling seen by the {ORG|Daily Nation}.
The petition was brought by fishing families from {LOC|Mida Creek}, backed by conservation group {ORG|A Rocha Kenya} and the {ORG|Law Society of Kenya}.
{ORG|Sabaki Shores} director {PER|Abdalla Kombo Shee} said the purchase was "lawful in every respect" and that the firm would appeal. {PER|Shee} did not explain how the company, registered in {LOC|Mauritius} only in 2025, raised the purchase price.
{LOC|Kilifi} Governor {PER|Gideon Mung'aro} told {ORG|Citizen TV} the county "never approved" the deal. But an official at the {ORG|Ministry of Lands, Public Works, Housing and Urban Development}, who asked not to be named, said county officers had signed off on the survey in 2025 [1].
Residents say the plot borders the {LOC|Arabuko Sokoke Forest}, home to several endangered birds, and that turtle nesting sites along the shore could be lost.
{ORG|Kenya Wildlife Service} declined to comment.
[1] Survey documents reportedly dated August 2025; the ministry has not confirmed them.
""", **H6)

brief("h6b-asian-cup-fitness-doubt", """
{LOC|Australia} sweat on midfielder's fitness weeks before {MISC|Asian Cup}
{LOC|SYDNEY} - {LOC|Australia} coach {PER|Tony Popovic} said on Sunday that midfielder {PER|Liam Kovacevic} "should be fine" for the {MISC|AFC Asian Cup} in {LOC|Saudi Arabia}, although team doctor {PER|Rhys Mendoza} told {ORG|SBS} that scans on a hamstring strain could still rule him out.
{PER|Kovacevic}, 24, was injured playing for {ORG|Melbourne Victory} against {ORG|Western Sydney Wanderers} at {LOC|AAMI Park} on Friday. {ORG|Victory} coach {PER|Dean Sarkis} suggested the player had been "overloaded" by national-team travel, a claim {ORG|Football Australia} rejected.
People close to the squad said {PER|Popovic} may call up {PER|Ahmed Haidari}, who plays in {LOC|Qatar} for {ORG|Al-Wakrah}, as cover.
The tournament opens on January 7, with matches in {LOC|Riyadh}, {LOC|Jeddah} and {LOC|Al Khobar}. Hosts {LOC|Saudi Arabia}, coached by {PER|Herve Renard}, are widely seen as favourites along with {LOC|Japan} and {LOC|South Korea}.
An {ORG|Asian Football Confederation} spokeswoman said ticket sales at {LOC|King Fahd International Stadium} were "ahead of expectations", but a {MISC|Saudi} organising official, who asked not to be named, said several group games were "well below half sold".
- {LOC|Australia} open against {LOC|Kuwait} in {LOC|Al Khobar} on January 10.
- {ORG|Football Australia} will name its final 26-man squad on December 22.
""", **H6)

brief("h6b-gaganyaan-valve-delay", """
Valve fault may push back {MISC|Gaganyaan} test flight, {ORG|ISRO} officials say
{LOC|BENGALURU} - The {ORG|Indian Space Research Organisation} may delay the next uncrewed {MISC|Gaganyaan} test flight into mid-2027 after a valve supplied by {ORG|Thrustline}, a small engineering firm based in {LOC|Bengaluru}, reportedly failed a pressure test, two agency officials who asked not to be named said.
The mission, which is due to carry the humanoid robot {MISC|Vyommitra}, was planned to lift off on an {MISC|LVM3} rocket from the {ORG|Satish Dhawan Space Centre} at {LOC|Sriharikota} in the first quarter of next year.
Minister of State {PER|Jitendra Singh} told the {ORG|Lok Sabha} on Thursday the schedule was "very much on track". {ORG|ISRO} chairman {PER|V. Narayanan} was more cautious, saying only that "safety will decide the date" [1].
Internal documents seen by {ORG|The Hindu} suggest {ORG|Thrustline} had certified the part without completing two required checks. The firm's managing director, {PER|Pradeep Ramaswamy}, said in a statement that the certificates were "genuine and complete" and blamed a test rig at the agency's {ORG|Liquid Propulsion Systems Centre}.
Engineers at {ORG|Hindustan Aeronautics Limited}, which builds parts of the crew module, said their own work was unaffected.
Space analyst {PER|Meenakshi Iyer} of the {ORG|Observer Research Foundation} said a short delay "would not surprise anyone" and noted that {MISC|Chinese} and {MISC|American} crewed programmes had faced similar setbacks.
[1] Remarks to reporters in {LOC|Thiruvananthapuram}, 3 December 2026.
""", **H6)

brief("h6b-cyclone-arnab-coast", """
{MISC|CYCLONE ARNAB} KILLS AT LEAST 12 IN {LOC|BANGLADESH}, TOLL DISPUTED
{LOC|COX'S BAZAR} - {MISC|Cyclone Arnab} made landfall near {LOC|Teknaf} early on Sunday, killing at least 12 people and flattening thousands of shelters in the {MISC|Rohingya} refugee camps, according to the {ORG|Ministry of Disaster Management and Relief}.
Senior secretary {PER|Kamrul Hasan Bhuiyan} said evacuation had "largely worked" and that most of the 700,000 people moved to storm shelters were safe. But {PER|Nurul Amin Chowdhury}, chairman of a union council on {LOC|Saint Martin's Island}, told {ORG|Prothom Alo} that at least nine fishermen from the island alone were still missing, and that the official toll "could rise sharply".
The {ORG|Bangladesh Meteorological Department} had raised danger signal number 10 on Saturday evening. Winds of up to 160 km per hour were recorded at {LOC|Kutubdia}, the department said.
Across the border in {LOC|Myanmar}, aid group {ORG|Rakhine Relief Network} said the port town of {LOC|Sittwe} had been cut off, although the military government in {LOC|Naypyidaw} said roads remained open.
The {ORG|World Food Programme} and {ORG|UNHCR} said food and tarpaulins were being moved from warehouses in {LOC|Chittagong}, while the {ORG|Bangladesh Red Crescent Society} said about 3,000 of its volunteers were working in the camps.
- Ferry services to {LOC|Saint Martin's Island} are suspended until further notice.
- Schools in {LOC|Cox's Bazar} district will stay closed on Monday.
- Forecasters say the storm may weaken over the {LOC|Chittagong Hill Tracts} by Monday night.
""", **H6)

MARK = re.compile(r"\{(PER|ORG|LOC|MISC)\|([^{}]*)\}")


def parse(marked):
    text, ents, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(2)
        ents.append([start, len(text), m.group(1)])
        pos = m.end()
    text += marked[pos:]
    if "{" in text or "}" in text:
        raise SystemExit("make-briefs: stray brace in: " + text[:60])
    return text, ents


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "briefs.jsonl"), "w", encoding="utf-8") as f:
        for id, marked, heldout, set in BRIEFS:
            text, ents = parse(marked)
            f.write(json.dumps({"id": id, "text": text, "heldout": heldout,
                                "set": set, "entities": ents},
                               ensure_ascii=False) + "\n")


main()
