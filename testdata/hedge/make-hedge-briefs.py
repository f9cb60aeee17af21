#!/usr/bin/env python3
"""Writes hedge-briefs.jsonl: short news briefs in the style of the project's
seed article, with sentence-level hedge gold and marked false friends, for
detect-hedge (bench/eval-hedge-briefs, tests/32-detect-hedge-briefs.bats).

Written for this project: made-up events, places and people, not copied
from any corpus or site.  Edit the briefs here and run this script again.

Markup in the briefs below (removed from "text"):
  [[cue|kind]]    a hedge, kind as in detect-hedge(1); its sentence is
                  uncertain
  {{word|class}}  a false friend: a word of the cue list that is NOT a
                  hedge here; class names the use (may-permission,
                  can-ability, will-if, may-month, appear-stage, ...)
One line, one sentence; the first line is the headline.  An empty line
starts a new paragraph (a newline in the text instead of a space).

Each record: {"id", "heldout", "text", "sentences": [{"start", "end"}],
"gold": [{"uncertain", "cues": [{"start", "end", "cue", "kind"}],
"false_friends": [{"start", "end", "word", "class"}]}]}, one gold entry a
sentence, offsets in code points of "text".  The held-out briefs (every
third, chosen when they were written, before any output was looked at)
are for reporting only: nothing was tuned on them.
"""
import json
import os
import re

HELD_OUT = {"ferry-licence", "clinic-hours", "bridge-vote", "archive-fire",
            "water-tariff", "rail-tender"}
HELD_OUT_2 = {"library-fines", "harbour-ban", "pension-reform", "festival-permit",
              "drought-rules", "taxi-licences", "museum-loan", "school-phones"}
BRIEFS = []


def brief(id, text):
    BRIEFS.append((id, text.strip("\n")))


brief("grain-port", """
Ankara [[reportedly]] brokered a grain deal for Black Sea ports – [[as stated by anonymous sources|weasel]]
Turkish and Ukrainian officials [[reportedly]] reached an outline agreement on grain shipments during talks in Izmir on Sunday.
[[According to unnamed sources|weasel]] close to the talks, the deal [[could potentially|epistemic]] cover fertiliser as well.
Ships {{may|may-permission}} enter the corridor only in daylight, under rules published by the port authority last year.
The port of Chornomorsk {{can|can-ability}} load about 90,000 tonnes of grain a day.

Insurers [[appear|speculative]] to have cut their war-risk premiums since the weekend.
The first convoy sailed on 2 {{May|may-month}} and reached the Bosphorus two days later.
""")

brief("mine-rescue", """
Rescuers reach trapped miners in Silesian pit
Rescue teams reached eleven miners trapped 800 metres underground near Rybnik late on Tuesday.
The lift {{can|can-ability}} carry twelve people at a time, the mine operator said.
Two of the men [[may]] have been injured by falling rock, a spokeswoman said.
Before the accident, miners {{could|could-ability}} reach the surface in under ten minutes.
The cause of the collapse is [[unclear|epistemic]], and inspectors [[suspect|doxastic]] that water weakened the roof.
The operator said it {{would|would-reported}} pay for the families' hotel rooms.
""")

brief("ferry-licence", """
Island ferry operator loses its licence, regulators say
The maritime regulator withdrew the licence of the Kelso Line ferry company on Friday after a safety audit.
Passengers holding tickets {{may|may-permission}} travel free of charge on the rival operator {{until|until-time}} the end of June.
The company's two vessels {{can|can-ability}} each carry 600 passengers and 140 cars.
The audit [[allegedly|reportative]] found forged maintenance records for both ships.
[[If]] the company appeals, the hearing {{will|will-if}} take place in {{May|may-month}}.
Union leaders fear the crews [[might]] not be paid for the last month.
""")

brief("stadium-cost", """
New stadium costs overrun, auditors find
The national audit office said on Monday that the new stadium in Halvik cost 412 million euros, 30 per cent more than planned.
The stadium {{can|can-ability}} seat 45,000 spectators and opened in {{May|may-month}} last year.
The auditors {{suggested|suggest-proposal}} a new tender for the remaining roof works.
Their report [[suggests|speculative]] that the city council ignored early warnings from its engineers.
The former sports minister {{appeared|appear-stage}} before a parliamentary committee on Wednesday.
[[Critics say|weasel]] the final bill is [[likely|epistemic]] to rise further.
""")

brief("drone-strike", """
Drone strike hits power station, officials say
A drone struck a power station outside Sumy early on Thursday, regional officials said.
The attack [[appears]] to have been launched from across the border, the governor said.
Repair crews {{will|will-future}} begin work on Friday morning.
Residents {{could|could-ability}} hear the explosion from the city centre, ten kilometres away.
It is [[unclear|epistemic]] [[whether]] anyone was inside the control room.
The station {{can|can-ability}} supply power to about 200,000 homes.
Moscow has not commented, but Russian bloggers [[claimed|reportative]] that the station stored ammunition.
""")

brief("clinic-hours", """
Rural clinics cut opening hours as staff leave
Health officials in the Ardal district announced shorter opening hours for nine rural clinics on Monday.
Patients {{may|may-permission}} book evening appointments by phone from next week.
The district {{can|can-ability}} now staff only six of its fourteen clinics full time.
Each morning the nurses {{would|would-habit}} drive from clinic to clinic in a single van.
Doctors' unions [[believe|doxastic]] that more staff {{will|will-if}} leave [[if]] pay does not rise.
The closures [[could]] leave some villages without a doctor for weeks, a report warned.
""")

brief("chip-plant", """
Chipmaker [[said to|reportative]] weigh second plant in the north – [[people familiar with the matter|weasel]]
Norvik Semiconductors [[is said to|reportative]] be considering a second factory near Tromsø, [[people familiar with the matter|weasel]] said.
The existing plant {{can|can-ability}} produce 20,000 wafers a month.
The company {{suggested|suggest-proposal}} a meeting with the regional government for Thursday.
Such a plant [[would]] need about 2,000 workers, an industry group estimated.
The chief executive {{appeared|appear-stage}} on a business television show on Tuesday evening.
The new line {{will|will-future}} open in September, the company said in a statement.
""")

brief("flood-claims", """
Insurers face record claims after river floods
Insurers have received more than 12,000 {{claims|claim-noun}} since the Vistra burst its banks last week.
The average {{claim|claim-noun}} is about 9,000 euros, the insurers' association said.
Homeowners {{can|can-permission}} file a {{claim|claim-noun}} online {{or|or-choice}} at any post office.
Some policyholders [[allegedly]] inflated their losses, according to a fraud investigator.
The association [[expects|doxastic]] total payouts to pass 100 million euros.
Water levels [[may]] rise again [[if]] heavy rain returns at the weekend.
""")

brief("bridge-vote", """
Council approves toll for harbour bridge
The city council voted 31 to 12 on Tuesday to charge a toll on the harbour bridge.
[[If]] the regional assembly approves the plan, the toll {{will|will-if}} start on 1 {{May|may-month}}.
Cyclists {{may|may-permission}} still cross the bridge free of charge.
The bridge {{can|can-ability}} carry 60,000 vehicles a day.
Opponents [[claim|reportative]] that the toll {{will|will-future}} push traffic into the old town.
The mayor [[reportedly]] promised shopkeepers a refund scheme.
""")

brief("trawler-seized", """
Coastguard seizes trawler, [[allegedly]] fishing without a permit
The coastguard seized a trawler off the Faroe banks on Saturday, [[allegedly]] for fishing without a permit.
The crew {{could|could-ability}} not produce a valid licence when officers boarded, a spokesman said.
The vessel {{can|can-ability}} hold 300 tonnes of frozen fish.
Officials [[believe]] the trawler [[may]] have switched off its tracking beacon for three days.
The owners {{will|will-future}} {{appear|appear-stage}} in court in Tórshavn next week.
The captain {{appeared|appear-stage}} at the harbour gate later and spoke briefly to reporters.
""")

brief("strike-rail", """
Rail strike [[may]] spread to ports, unions warn
A strike by train drivers [[may]] spread to the country's main ports next week, union leaders warned on Monday.
Drivers {{would|would-habit}} often work twelve-hour shifts before the new rules came in.
The rail operator {{suggested|suggest-proposal}} a new round of talks for Thursday.
[[Some analysts say|weasel]] the dispute has already cost exporters 50 million euros.
Trains {{will|will-future}} run every hour on the main line during the strike, the operator said.
[[If]] the ports close, fuel supplies [[could]] run short within a week.
""")

brief("archive-fire", """
Fire damages national archive, thousands of files [[feared|doxastic]] lost
A fire broke out in the basement of the national archive in Veldhoven on Sunday night.
The fire [[apparently]] started in an electrical cabinet, a fire brigade spokesman said.
The archive {{can|can-ability}} store about four million documents.
Historians [[fear]] that records from the eighteenth century were [[probably|epistemic]] destroyed.
Researchers {{may|may-permission}} use the reading room in the city library {{until|until-time}} the building reopens.
The building {{will|will-future}} stay closed {{until|until-time}} the end of the year.
""")

brief("airline-merger", """
Airlines [[reportedly]] near merger deal – [[as stated by anonymous sources|weasel]]
Two regional airlines, Skylark and Nordair, are [[reportedly]] close to agreeing a merger, [[as stated by anonymous sources|weasel]].
The combined company [[would]] fly about 90 aircraft, the sources said.
Skylark {{can|can-ability}} already fly to 40 destinations from its base in Aalborg.
Its pilots {{could|could-permission}} choose between two pension schemes {{until|until-time}} last year.
Regulators are [[expected|doxastic]] to examine the deal closely.
The annual report {{appeared|appear-publish}} on the company's website on 28 {{May|may-month}}.
""")

brief("vaccine-trial", """
Vaccine trial results promising, researchers say
A new malaria vaccine cut infections by half in a trial involving 3,000 children, researchers said on Thursday.
The results [[suggest]] that a booster dose [[may]] be needed after two years.
The factory {{can|can-ability}} make ten million doses a year.
Children {{could|could-permission}} leave the trial at any time, the researchers said.
The {{estimated|estimate-fact}} cost of 4 euros a dose was published in the company's annual accounts.
The vaccine [[seems]] to work better in younger children.
""")

brief("water-tariff", """
Water company raises tariffs, regulator to review
The Lindmark water company raised its tariffs by 14 per cent on Monday.
Customers {{may|may-permission}} pay in monthly instalments without extra charges.
The treatment plant {{can|can-ability}} process 400 million litres a day.
The regulator said it {{will|will-future}} review the increase in {{May|may-month}}.
The company [[appears]] to have underestimated the cost of its new pipes.
Consumer groups [[claim|reportative]] that the rise is unlawful.
""")

brief("border-talks", """
Border talks stall over checkpoints, diplomats say
Talks on reopening the border between Ostrava and Kalmin stalled on Wednesday, diplomats said.
[[According to officials familiar with the talks|weasel]], the two sides disagree over the number of checkpoints.
Before the war, farmers {{could|could-ability}} cross the border with their cattle without papers.
Each summer the families {{would|would-habit}} meet at the market in Dalna.
A new round of talks [[might]] take place in June.
[[Unconfirmed reports|reportative]] say troops have moved closer to the line.
The foreign minister {{appeared|appear-stage}} at a news conference in the capital later that day.
""")

brief("power-prices", """
Power prices to rise in winter, regulator warns
Electricity prices are [[likely|epistemic]] to rise by a fifth this winter, the energy regulator warned on Tuesday.
Households {{can|can-permission}} switch suppliers free of charge {{until|until-time}} October.
The new wind farm {{can|can-ability}} power 300,000 homes.
The regulator {{suggested|suggest-proposal}} a cap on standing charges.
Some economists [[think|doxastic]] that gas prices {{will|will-if}} fall again [[if]] the winter is mild.
The grid {{will|will-future}} connect the wind farm in November.
""")

brief("rail-tender", """
Rail tender delayed again, ministry says
The transport ministry postponed the tender for the northern rail line for a third time on Friday.
Bidders {{may|may-permission}} submit revised offers {{until|until-time}} 15 {{May|may-month}}.
The new trains {{can|can-ability}} reach 250 kilometres an hour.
The ministry said the line {{would|would-reported}} open in 2031.
Two bidders [[reportedly]] withdrew after the second delay.
Critics [[suspect|doxastic]] the ministry [[could]] cancel the project altogether.
""")

brief("forest-fire", """
Forest fire forces evacuation of three villages
About 2,000 people were evacuated from three villages in the Tarn valley on Saturday as a forest fire spread.
The fire [[may]] have been started by a cigarette, police said.
Firefighting planes {{can|can-ability}} drop 6,000 litres of water in a single pass.
Residents {{may|may-permission}} return to two of the villages from Monday.
{{Until|until-time}} last year, villagers {{could|could-permission}} light fires in their gardens in summer.
It [[appears]] that the wind changed direction overnight.
""")


# The second held-out set (issue 15, second pass): eight briefs written
# before any change meant for the weak class ("may", "can", "could" of
# permission or ability, "will" of a consequence), committed before the
# change, scored once at the end.  The first held-out set had been read
# by then, so it no longer counts as unseen.
brief("library-fines", """
City libraries scrap late fines from March
The city council voted on Tuesday to abolish late fines at its fourteen public libraries.
From March, readers {{may|may-permission}} keep borrowed books for up to six weeks.
Members {{can|can-permission}} also renew their loans online {{or|or-choice}} by telephone.
The change [[could]] cost the council about 80,000 euros a year in lost income, officials said.
The central library {{can|can-ability}} hold about 400,000 volumes.
Some branches [[may]] have to cut their opening hours to pay for it.
""")

brief("harbour-ban", """
Harbour bans jet skis after summer of accidents
The port authority of Sandvik banned jet skis from the inner harbour on Thursday after four accidents this summer.
Under the new rules, boat owners {{may|may-permission}} not exceed five knots inside the breakwater.
Fishermen {{may|may-permission}} still use the old slipway before 7 a.m.
Anyone caught speeding {{will|will-if}} lose their mooring permit [[if]] they are found guilty twice.
The ban [[might]] be extended to the whole bay next year, the authority said.
The new patrol boat {{can|can-ability}} reach 40 knots.
""")

brief("pension-reform", """
Government unveils pension reform, unions object
The labour ministry published its plan to raise the pension age to 67 on Monday.
Workers in heavy industry {{may|may-permission}} still retire at 62 under the draft law.
Those who wish {{can|can-permission}} keep working {{until|until-time}} 72 and draw a higher pension.
[[Some economists|weasel]] say the reform [[may]] not save as much as the government claims.
Unions said they {{would|would-reported}} call a national strike on 14 {{May|may-month}}.
{{Until|until-time}} 2010 civil servants {{could|could-permission}} retire at 58 on a full pension.
""")

brief("festival-permit", """
Music festival gets its permit back
The district court restored the licence of the Eldby music festival on Wednesday.
Under the ruling, the organisers {{may|may-permission}} sell alcohol {{until|until-time}} midnight but not after.
Visitors {{may|may-permission}} bring their own food but no glass bottles.
The site {{can|can-ability}} take 25,000 people a day.
Neighbours [[fear]] the noise {{will|will-future}} be as bad as last year.
The festival [[reportedly]] lost two sponsors during the dispute.
In the 1990s the crowds {{would|would-habit}} camp in the fields along the river.
""")

brief("drought-rules", """
Drought: hosepipe ban for two regions
Water companies in the south and east imposed a hosepipe ban on Friday after the driest spring in fifty years.
Households {{may|may-permission}} not use hosepipes to water gardens {{or|or-choice}} wash cars.
Farmers {{can|can-permission}} apply for an exemption for livestock.
Reservoirs [[could]] fall below a third of their capacity by August.
[[If]] the dry weather continues, the ban {{will|will-if}} be extended to the west.
Last summer residents {{could|could-permission}} fill paddling pools without restriction.
It is [[unclear|epistemic]] how the ban {{will|will-future}} be enforced.
""")

brief("taxi-licences", """
Ride-hailing drivers win right to use bus lanes
The city's transport board voted on Tuesday to open bus lanes to licensed ride-hailing cars.
Licensed drivers {{may|may-permission}} use the lanes between 10 a.m. and 4 p.m.
Passengers {{can|can-permission}} now pay taxi fares by card in every licensed car.
Taxi firms [[claim|reportative]] that the decision is unfair to them.
The board's own {{study|study-finding}} [[suggests]] that bus journeys [[might]] slow by a few minutes.
A single bus lane {{can|can-ability}} carry 6,000 people an hour at peak times.
""")

brief("museum-loan", """
Museum lends its Vermeer to Tokyo
The Rijnhaven museum agreed on Thursday to lend a painting attributed to Vermeer to a museum in Tokyo for three months.
Under the loan contract, the painting {{may|may-permission}} only be moved in a climate-controlled crate.
Visitors {{could|could-permission}} photograph it without a flash {{until|until-time}} last year.
Experts [[believe]] that the canvas [[may]] have been cut down in the 18th century.
The museum said it {{would|would-reported}} show a copy while the original is away.
The painting {{appeared|appear-publish}} in an auction catalogue in 1911.
""")

brief("school-phones", """
Schools to ban phones in class from September
The education minister announced on Monday that mobile phones {{will|will-future}} be banned in classrooms from September.
Pupils {{may|may-permission}} keep their phones in their bags but not use them during lessons.
Teachers {{can|can-permission}} allow phones for particular exercises.
The minister said schools {{would|would-reported}} receive guidance in June.
[[Critics argue|weasel]] that the ban [[could]] be hard to enforce.
Pupils at the pilot schools [[appear]] to have slept better, a {{study|study-finding}} found.
""")


def parse(id, marked):
    """Text, sentence spans and gold of one brief."""
    text, sentences, gold = "", [], []
    sep = ""
    for line in marked.split("\n"):
        if not line.strip():
            sep = "\n"
            continue
        if sentences:
            text += sep or " "
        elif sep:
            raise SystemExit(f"{id}: starts with an empty line")
        sep = ""
        start = len(text)
        cues, friends = [], []
        pos = 0
        for m in re.finditer(r"\[\[([^]|]+)(?:\|(\w+))?\]\]|\{\{([^}|]+)\|([\w-]+)\}\}", line):
            text += line[pos:m.start()]
            a = len(text)
            if m.group(1):
                text += m.group(1)
                cues.append({"start": a, "end": len(text), "cue": m.group(1),
                             "kind": m.group(2) or default_kind(id, m.group(1))})
            else:
                text += m.group(3)
                friends.append({"start": a, "end": len(text), "word": m.group(3),
                                "class": m.group(4)})
            pos = m.end()
        text += line[pos:]
        if not sentences:
            sep = "\n"
        sentences.append({"start": start, "end": len(text)})
        gold.append({"uncertain": bool(cues), "cues": cues, "false_friends": friends})
    if re.search(r"\[\[|\]\]|\{\{|\}\}", text):
        raise SystemExit(f"{id}: markup left in the text")
    return text, sentences, gold


KINDS = {"reportedly": "reportative", "allegedly": "reportative", "may": "epistemic",
         "might": "epistemic", "could": "epistemic", "would": "conditional",
         "will": "conditional", "if": "conditional", "whether": "conditional",
         "appears": "speculative", "appear": "speculative", "seems": "speculative",
         "suggest": "speculative", "suggests": "speculative", "apparently": "speculative",
         "believe": "doxastic", "fear": "doxastic", "unless": "conditional"}


def default_kind(id, cue):
    kind = KINDS.get(cue.lower())
    if not kind:
        raise SystemExit(f"{id}: give the kind of '{cue}'")
    return kind


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [id for id, _ in BRIEFS]
    if len(set(ids)) != len(ids) or not (HELD_OUT | HELD_OUT_2) <= set(ids) \
            or HELD_OUT & HELD_OUT_2:
        raise SystemExit("brief ids repeat, or a held-out id is unknown")
    with open(os.path.join(here, "hedge-briefs.jsonl"), "w", encoding="utf-8") as f:
        for id, marked in BRIEFS:
            text, sentences, gold = parse(id, marked)
            set_ = ("held-out-2" if id in HELD_OUT_2 else
                    "held-out" if id in HELD_OUT else "tuned")
            rec = {"id": id, "set": set_, "heldout": set_ != "tuned", "text": text,
                   "sentences": sentences, "gold": gold}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


main()
