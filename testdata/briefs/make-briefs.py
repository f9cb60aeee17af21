#!/usr/bin/env python3
"""Writes briefs.jsonl: short news briefs in the style of the project's seed
article, with gold sources and gold note links, for link-sources.

Written for this project (made-up events and people; not copied from any
corpus or site).  Edit the briefs here and run this script again; the
bats suite tests/52-link-sources-briefs.bats and bench/eval-briefs score
link-sources against the result.

Markup in the texts below (removed from "text"):
  {N:KIND|mention}            a mention of gold source N (N groups the
  {N:KIND:anon|mention}       mentions of one source); KIND is person,
  {N:KIND:anon:aff=X|mention} organization, media, government, document or
                              anonymous; "anon" marks a source unnamed on
                              purpose; aff=X the named body it belongs to.
  <a>                         marks the start of body sentence "a".
  {->a,b}                     after a note's "[1] " or a bullet's "- ":
                              the body sentences it summarises.

Each record: {"id", "text", "heldout", "gold": {"sources": [{"id", "kind",
"anonymous", "affiliation", "mentions": [[start, end], ...]}],
"links": [{"ref": [start, end], "sentences": [[start, end], ...]}]}},
offsets in code points of "text"; a link's sentence span runs from its
anchor to the next anchor or the end of the line.
"""
import json
import os
import re

BRIEFS = []


def brief(id, text):
    BRIEFS.append((id, text.strip("\n")))


brief("grain-corridor", """
Moscow and Kyiv reportedly agreed on a Black Sea grain corridor – as stated by {1:anonymous:anon|anonymous sources}
<a>Negotiators for Russia and Ukraine met in Istanbul on Thursday to discuss a corridor for grain ships leaving Odesa. <b>According to {2:person|Lena Marsh}, a United Nations envoy who chaired the talks, both sides accepted inspections at sea.
<c>The arrangement would not involve NATO ships directly, but it could lower insurance costs for shippers. <d>Initial {3:government:anon:aff=Kremlin|Kremlin officials'} claims of a signed deal were later contradicted by {4:government|the Ukrainian foreign ministry}. <e>{5:person|Foreign Minister Oksana Hrytsenko} dismissed talk of a final text and insisted that inspections stay under Turkish control.
<f>{6:media|The Kyiv Independent} might offer a fuller picture. <g>{7:document|Its article}, titled "A Corridor on Paper," argues that the deal is fragile.
<h>{8:media:anon:aff=Ukrainska Pravda|Informed sources from Ukrainska Pravda} have also confirmed the talks, saying a second round could follow in December.
[1] {->d}Kremlin officials' early claims of a signed grain deal. [2] {->e}The Ukrainian foreign minister's dismissal of a final text.
- {->a,b}Negotiators met in Istanbul and, according to the UN envoy, accepted inspections at sea.
- {->e}The foreign minister insisted that inspections stay under Turkish control.
""")

brief("chip-export", """
Washington may ease chip export limits for Gulf buyers, people familiar with the matter say
<a>The Commerce Department is weighing new licences for advanced chips sold to buyers in the Gulf, {1:anonymous:anon|people familiar with the matter} said on Monday. <b>{1:anonymous:anon|One of the people} said the licences could be granted within weeks.
<c>{2:person|Commerce Secretary Alan Brant} declined to comment on the reports. <d>{3:government|The department} said in a statement that no decision had been made.
<e>{4:anonymous:anon|Some investors} expect the change to lift chip makers' sales next year. <f>{5:person|Dr. Priya Raman}, an analyst at Coastal Research, estimated that sales could rise by a tenth.
<g>{6:document|A study by the Center for Trade Policy} found that earlier limits had cost the industry about $2 billion.
- {->a}The Commerce Department is weighing licences for advanced chips to Gulf buyers.
- {->f,g}Analysts expect higher sales; a study put the cost of earlier limits at $2 billion.
""")

brief("ceasefire-sudan", """
A ceasefire in Darfur might hold, diplomats say
<a>{1:government:anon|Some diplomats} said on Friday that a ceasefire agreed in Jeddah was holding in most of Darfur. <b>{2:government:anon|A Western diplomat} who asked not to be named said fighting had stopped near El Fasher.
<c>{3:organization|The Rapid Support Forces} denied reports that their units had shelled a camp on Wednesday. <d>{4:organization|Aid groups} warned that food stocks would run out within a month.
<e>{5:person|Prof. Amal Idris}, who teaches at Khartoum University, said the truce was "fragile at best." <f>{6:document|The paper} she published last year argues that earlier truces failed within weeks.
[1] {->a}Diplomats' statements on the Jeddah ceasefire. [2] {->c}The RSF's denial of the shelling reports.
""")

brief("bank-merger", """
Two regional banks are reportedly in merger talks
<a>{1:organization|Harbor Trust} and {2:organization|Pine State Bank} are in talks to merge, {3:media|the Financial Ledger} reported on Tuesday, citing {4:anonymous:anon|sources close to the talks}. <b>A deal could be announced as early as next month, {4:anonymous:anon|the sources} said.
<c>{1:organization|Harbor Trust} declined to comment. <d>{5:person|Maria Ochoa}, a spokeswoman for {2:organization|Pine State Bank}, said the bank "does not comment on rumours."
<e>{6:anonymous:anon|Some analysts} said a merger would create the largest lender in the region. <f>{7:person|Tom Reyes}, a banking analyst at Delmar Securities, said regulators would likely demand branch sales.
- {->a}Harbor Trust and Pine State Bank are said to be in merger talks.
- {->f}An analyst expects regulators to demand branch sales.
""")

brief("vaccine-trial", """
A new malaria vaccine could cut deaths by half, early data suggest
<a>{1:document|The study}, published on Wednesday in a medical journal, found that the vaccine prevented 48 percent of severe cases in children. <b>{2:person|Dr. Kwame Asante}, who led the trial in Ghana, said the results were "better than we hoped."
<c>{3:organization|The World Health Organization} said it would review the data before recommending the vaccine. <d>{4:government:anon:aff=Health Ministry|Officials at the Health Ministry} said on condition of anonymity that a rollout could start next year.
<e>{5:document|Reports} suggest the vaccine costs less than $5 a dose. <f>{6:person|Prof. Ellen Hart}, an epidemiologist at Northfield University, cautioned that the trial was small.
[1] {->a}The study's figures on severe cases. [2] {->c}The WHO's review of the data.
- {->a,b}Early data suggest the vaccine prevents about half of severe cases.
""")

brief("port-strike", """
Dock workers may strike before Christmas, union sources say
<a>{1:organization:anon|Union sources} said on Sunday that a strike at the country's three largest ports was likely before Christmas. <b>{2:person|Carla Benning}, the union's general secretary, told reporters that talks had "hit a wall."
<c>{3:organization|The port operators' association} said it had made a fair offer. <d>{4:government:anon|Officials} said the government was ready to mediate.
<e>{5:anonymous:anon|Some shippers} said they had already moved cargo to ports abroad. <f>{6:media|The Maritime Gazette} reported that rates for container ships had risen by a fifth.
[1] {->a}Union sources on the likely strike. [2] {->f}The Maritime Gazette's report on shipping rates.
""")

brief("election-recount", """
A recount in the governor's race reportedly narrowed the gap – as stated by anonymous sources
<a>A recount in three counties narrowed the gap in the governor's race to 212 votes, {1:anonymous:anon|two people with knowledge of the count} said. <b>{2:person|Gov. Ray Dillard} said he was confident the result would stand.
<c>{3:person|Sen. Maya Cole}, his challenger, insisted that every ballot be counted again. <d>{4:government|The state election board} said the recount would end on Friday.
<e>Early claims by {5:organization|the Dillard campaign} of a wider lead were later contradicted by {4:government|the board}. <f>{6:media|The Capitol Herald} might have more on the count. <g>{7:document|Its report}, titled "Every Vote, Twice," describes errors in one county.
[1] {->e}The Dillard campaign's early claims of a wider lead. [2] {->c}Sen. Cole's demand for a full recount.
- {->a}The recount narrowed the gap to 212 votes.
- {->c,d}The challenger insisted on a full recount; the board said it would end on Friday.
""")

brief("drought-aid", """
The EU could double drought aid to the Sahel, officials say
<a>{1:government:anon|European officials} said on Thursday that the bloc could double its drought aid to the Sahel next year. <b>{2:person|Anna Kovac}, the EU commissioner for crisis management, said the plan would be presented in January.
<c>{3:government|Niger's government} welcomed the plan. <d>{4:organization|Oxfam} said the aid would come too late for this year's harvest.
<e>{5:document|A report by the UN food agency} found that 12 million people face hunger in the region. <f>{6:government:anon:aff=French Foreign Ministry|A French Foreign Ministry official} said Paris would add funds of its own.
- {->a,b}The EU may double drought aid to the Sahel; a plan is due in January.
- {->e}A UN report found 12 million people facing hunger.
""")

brief("airline-crash", """
Investigators reportedly focus on engine failure in cargo crash
<a>Investigators are focusing on an engine failure in the crash of a cargo plane near Anchorage, {1:anonymous:anon|a person familiar with the inquiry} said. <b>{2:government|The National Transportation Safety Board} said it was too early to name a cause.
<c>{3:organization|The airline} said in a statement that the plane had passed an inspection in October. <d>{4:person|Jim Halvorsen}, a former safety inspector, said engines of that type had failed before.
<e>{5:media|Local television} reported that the crew had asked to return minutes after take-off. <f>{1:anonymous:anon|The person} said the flight recorders had been found.
[1] {->a,f}A person familiar with the inquiry on the engine and the recorders. [2] {->b}The NTSB's statement on the cause.
""")

brief("tariff-talks", """
Beijing and Brussels might pause the tariff dispute, sources say
<a>{1:government|China} and {2:government|the European Union} are close to pausing new tariffs on electric cars, {3:anonymous:anon|three sources} told {4:media|Reuters}. <b>{5:government:anon|A Chinese official} said the talks in Brussels had been "constructive."
<c>{6:government|The European Commission} said no agreement had been reached. <d>{7:person|Valdis Ozols}, the EU trade chief, told lawmakers that any deal must protect European makers.
<e>{8:anonymous:anon|Some carmakers} warned that a pause would come too late. <f>{9:document|An analysis by the Kiel Institute} estimates that the tariffs have cut Chinese car exports to Europe by a quarter.
[1] {->a}Sources' account of the tariff pause. [2] {->d}The EU trade chief's remarks to lawmakers.
- {->a,c}Talks on pausing tariffs are close, though the Commission said nothing was agreed.
""")

brief("hospital-cyberattack", """
A cyberattack on city hospitals may have exposed patient data
<a>A cyberattack on the city's hospitals may have exposed the records of 80,000 patients, {1:person|Mayor Luis Ortega} said on Tuesday. <b>{2:organization:anon:aff=Metro Health|A Metro Health employee} who spoke on condition of anonymity said systems had been down for three days.
<c>{3:organization|Metro Health} said in a statement that emergency rooms remained open. <d>{4:government|The FBI} said it was investigating.
<e>{5:person|Dr. Sarah Lin}, a security researcher at Ridgeway College, said the attack looked like the work of a known ransomware group. <f>{6:media|The City Tribune} reported that the hackers had asked for $5 million.
[1] {->a}The mayor's figure of 80,000 patients. [2] {->f}The City Tribune's report on the ransom.
- {->b,c}Systems were down for three days, but emergency rooms stayed open.
""")

brief("oil-output", """
OPEC+ reportedly agreed to extend output cuts – as stated by anonymous sources
<a>OPEC+ members agreed on Sunday to extend their output cuts until June, {1:organization:anon|delegates from the group} said. <b>{2:government|Saudi Arabia} will keep its voluntary cut of one million barrels a day, {3:government:anon|a Saudi official} said.
<c>{4:person|Energy Minister Adel Nasser} of Kuwait told reporters that the market was "well balanced." <d>{5:anonymous:anon|Some traders} said prices could rise after the decision.
<e>{6:document|The group's statement} did not mention Russia's share of the cuts. <f>Earlier claims by {7:government|Russia} of a larger quota were later contradicted by {8:organization:anon:aff=OPEC+|OPEC+ officials}.
[1] {->a}Delegates on the extension of the cuts. [2] {->f}Russia's claims of a larger quota.
- {->a,b}The cuts are extended until June; Saudi Arabia keeps its extra cut.
""")

# Written after the rules above were tuned on the twelve briefs before:
# the held-out check (bench/eval-briefs reports them apart).
HELD_OUT = {"rail-strike", "satellite-launch", "housing-law", "fishing-quota"}

brief("rail-strike", """
Rail unions could call a national strike, insiders say
<a>Rail unions are preparing to call a national strike in January, {1:organization:anon|two insiders at the unions} told {2:media|The Morning Post}. <b>{3:government|The transport ministry} said talks would resume on Monday.
<c>{4:person|Helga Brandt}, who leads the largest rail union, warned that members had "run out of patience." <d>{5:anonymous:anon|Commuters} said they feared a repeat of last winter's chaos.
<e>Earlier claims by {6:government|the ministry} of a deal on pay were later rejected by {7:organization|the unions}. <f>{8:document|A survey by the Rail Passengers Council} found that two thirds of travellers back the workers.
[1] {->e}The ministry's earlier claims of a pay deal. [2] {->f}The passenger survey.
- {->a,b}Unions may strike in January; the ministry says talks resume on Monday.
""")

brief("satellite-launch", """
A private rocket reportedly lost a weather satellite after launch
<a>A private rocket carrying a weather satellite failed minutes after launch from French Guiana, {1:media|the AFP news agency} reported. <b>{2:organization|The launch company} said in a statement that it was "analysing the data."
<c>{3:anonymous:anon|A person briefed on the flight} said an engine had shut down early. <d>{4:person|Dr. Lucia Ferrante}, a space policy expert, said the loss would delay storm forecasts in Europe.
<e>{5:government:anon:aff=European Space Agency|European Space Agency officials} declined to comment on the cause. <f>{6:document|The agency's report}, due next month, will set out what went wrong.
[1] {->a}The AFP report on the failed launch. [2] {->c}A person briefed on the flight on the engine.
""")

brief("housing-law", """
Lawmakers might soften the rent cap bill, aides say
<a>Lawmakers are likely to soften a bill capping rents in big cities, {1:government:anon|legislative aides} said on Wednesday. <b>{2:person|Rep. Omar Haddad}, who wrote the bill, said he would not accept "a cap in name only."
<c>{3:organization|The Landlords Association} called the bill "a disaster for supply." <d>{4:anonymous:anon|Tenant groups} planned a rally outside the capitol.
<e>{5:document|A study from Lakeshore University} suggests that caps reduce rents but also slow building. <f>{1:government:anon|The aides} said a vote could come before the end of the year.
- {->a,f}The rent cap bill may be softened, with a vote possible this year.
- {->e}A study suggests caps cut rents but slow building.
""")

brief("fishing-quota", """
Norway and the EU are said to be near a deal on cod quotas
<a>Norway and the European Union are close to a deal on cod quotas in the Barents Sea, {1:government:anon|diplomats from both sides} said. <b>{2:person|Fisheries Minister Kari Lunde} told parliament that Norway would "defend its fleet."
<c>{3:organization|Environmental groups} warned that cod stocks were already falling. <d>{4:anonymous:anon|Some fishermen} said the quotas were too low to pay for fuel.
<e>{5:media|The newspaper Fiskeribladet} reported that a deal could be signed next week. <f>{6:government|The European Commission} said it did not comment on ongoing talks.
[1] {->a}Diplomats on the cod quota talks. [2] {->e}Fiskeribladet's report on the signing.
""")

MENTION = re.compile(r"\{(\d+):([a-z]+)((?::[^|{}]+)*)\|([^{}]*)\}")
ANCHOR = re.compile(r"<([a-z])>")
LINK = re.compile(r"\{->([a-z,]*)\}")


def parse(id, marked):
    """Strips the markup of one brief, returning its record."""
    out, pos, sources, anchors, refs = [], 0, {}, {}, []
    token = re.compile(MENTION.pattern + "|" + ANCHOR.pattern + "|" + LINK.pattern)
    for m in token.finditer(marked):
        out.append(marked[pos:m.start()])
        pos = m.end()
        here = len("".join(out))
        if m.group(1):
            n, kind, flags, mention = m.group(1), m.group(2), m.group(3), m.group(4)
            s = sources.setdefault(n, {"id": int(n), "kind": kind, "anonymous": False,
                                       "affiliation": None, "mentions": []})
            for f in flags.split(":")[1:]:
                if f == "anon":
                    s["anonymous"] = True
                elif f.startswith("aff="):
                    s["affiliation"] = f[4:]
                else:
                    raise SystemExit(f"{id}: unknown flag {f}")
            if s["kind"] != kind:
                raise SystemExit(f"{id}: source {n} has two kinds")
            s["mentions"].append([here, here + len(mention)])
            out.append(mention)
        elif m.group(5):
            anchors[m.group(5)] = here
        else:
            names = [x for x in m.group(6).split(",") if x]
            refs.append((here, names))
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text or re.search(r"<[a-z]>", text):
        raise SystemExit(f"{id}: markup left in the text")
    return text, sources, anchors, refs


def sentence_span(text, anchors, name):
    start = anchors[name]
    later = [p for p in anchors.values() if p > start]
    end = min(later + [text.index("\n", start) if "\n" in text[start:] else len(text)])
    return [start, len(text[start:end].rstrip()) + start]


def ref_span(text, start):
    """A note runs to the next "[n] " on its line or the line's end."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    nxt = re.search(r" \[\d+\] ", text[start:line_end])
    end = start + nxt.start() if nxt else line_end
    return [start, end]


def record(id, marked):
    text, sources, anchors, refs = parse(id, marked)
    links = [{"ref": ref_span(text, at),
              "sentences": [sentence_span(text, anchors, n) for n in names]}
             for at, names in refs]
    gold = {"sources": [sources[k] for k in sorted(sources, key=int)], "links": links}
    return {"id": id, "text": text, "heldout": id in HELD_OUT, "gold": gold}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "briefs.jsonl"), "w", encoding="utf-8") as f:
        for id, marked in BRIEFS:
            f.write(json.dumps(record(id, marked), ensure_ascii=False) + "\n")


main()
