#!/usr/bin/env python3
"""Writes articles.jsonl: made-up news records for the split-sentences tests.

Written for this project (not copied from any corpus).  Each record has
"id", "source", "text" and "gold", the sentences the splitter should find,
in order.  Edit the articles here and run this script again; the bats
suite tests/12-split-sentences-rules.bats checks each article by id.
"""
import json
import os
arts = []
def art(id, source, parts):
    """parts: list of (sentence, separator-after) pairs; the text is their concatenation."""
    text = "".join(s + sep for s, sep in parts).rstrip(" \n")
    gold = [s for s, _ in parts]
    arts.append({"id": id, "source": source, "text": text, "gold": gold})

art("harbor-vote", "Valley Courier", [
    ("Council backs harbor expansion after late-night vote", "\n"),
    ("The Port Alder city council voted 6-3 early on Wednesday to approve a $4.5 billion expansion of the harbor, ending a debate that had run for more than two years.", " "),
    ("Mayor Dana Whitcombe called the result “a turning point for the whole coast.”", " "),
    ("Opponents, led by Rep. Ruth Ames, said the plan would raise rents near the water.", "\n\n"),
    ("Construction is set to begin on Jan. 15 and to last until the end of 2031.", " "),
    ("The U.S. Army Corps of Engineers must still sign off on the dredging work.", " "),
    ("A spokesman for the Corps said on Tuesday that a review would take \"at least six months.\"", " "),
    ("Dr. Helen Park, an economist at Alder State University, estimated that the project would add 2,400 jobs.", " "),
    ("She cautioned that the figure was \"a best guess, not a promise.\"", ""),
])

art("storm-bullets", "Coastline Daily", [
    ("Storm update: what we know so far", "\n"),
    ("- Power is out for about 41,000 homes in three counties", "\n"),
    ("- Schools in Marsh County will stay closed on Friday", "\n"),
    ("• The coastal highway is shut between Exit 12 and Exit 19", "\n\n"),
    ("Forecasters at the National Weather Service expect the rain to ease by 3 p.m. on Thursday.", " "),
    ("Winds of up to 70 mph were recorded overnight near Gull Point.", " "),
    ("Is the worst over?", " "),
    ("Not yet, officials warned.", " "),
    ("Residents were told to stay indoors until the all-clear is given.", ""),
])

art("merger-notes", "Market Wire", [
    ("Brightline Foods Inc. agreed on Monday to buy Harlan Dairy Corp. for about $1.2 billion in cash.", " "),
    ("The deal, which values Harlan at 14.5 times its yearly earnings, is expected to close in the second half of the year.", " "),
    ("Shares of Brightline rose 3.2% to $48.75 in early trading.", " "),
    ("Harlan's chief executive, Mr. Tomas Reyes, will join the combined company's board.", "\n"),
    ("[1] Figures are from the companies' joint statement.", "\n"),
    ("[2] Brightline's last purchase, of a bakery chain, closed in 2022.", ""),
])

art("trial-quotes", "Capital Ledger", [
    ("WASHINGTON —", " "),
    ("A federal judge on Friday refused to delay the fraud trial of former Sen. Mark Doyle.", " "),
    ("\"The public has waited long enough,\" Judge Alma Cruz wrote in a four-page order.", " "),
    ("Lawyers for Mr. Doyle had asked for 90 more days, citing new evidence.", " "),
    ("The judge was not persuaded.", " "),
    ("She wrote that the defense had \"offered no reason why this material could not have been found earlier.\"", " "),
    ("Jury selection begins at 9 a.m. on Monday in Courtroom No. 4.", " "),
    ("Mr. Doyle, 67, has pleaded not guilty to all 11 counts.", ""),
])

art("festival-unicode", "Arts Weekly", [
    ("The Fête de la Musique returns to Montréal this weekend with more than 200 free concerts.", " "),
    ("Organisers said ticket-free events drew about 85,000 people last year — a record.", " "),
    ("“We wanted every street to sound different,” said director Zoë Lefèvre.", " "),
    ("Headliners include the São Paulo trio Água Viva and the Oslo choir Nordlys 🎶.", " "),
    ("Food stalls will line Rue Saint-Denis from noon until 11 p.m. each day.", " "),
    ("Details are at https://www.example.org/fete-2025/programme.html or by e-mail at info@fete.example.org.", ""),
])

art("science-abbrev", "Science Notes", [
    ("Researchers at the Institute of Ocean Studies, led by Prof. Ingrid Holm, have mapped nearly 3,000 km of sea floor off the U.K. coast.", " "),
    ("Their results, e.g. the depth charts and sediment samples, are published in the journal Marine Frontiers.", " "),
    ("The team used a small robotic vessel, i.e. one with no crew on board.", " "),
    ("It ran for 41 days without a fault.", " "),
    ("The survey cost approx. $2.3 million, far less than a crewed mission.", " "),
    ("Holm said the next voyage would leave from St. John's in the spring.", ""),
])

art("caps-and-lists", "Town Bulletin", [
    ("BOARD APPROVES NEW BUS ROUTES", "\n\n"),
    ("The transit board approved three changes on Tuesday:", "\n"),
    ("1. Route 4 will run every 15 minutes at peak times.", "\n"),
    ("2. Route 9 will be extended to the hospital.", "\n"),
    ("3. Night buses will run until 2 a.m. on weekends.", "\n\n"),
    ("The changes take effect on March 3.", " "),
    ("Riders can comment until Feb. 20 at the board's office on Main St. in the old library building.", ""),
])

art("initials-ellipsis", "Books & Culture", [
    ("A first edition of a novel by J.R.R. Tolkien sold for $61,000 at auction on Saturday.", " "),
    ("The buyer, who asked not to be named, outbid seven others.", " "),
    ("George W. Bush once said the book was among his favorites, the auction house noted.", " "),
    ("The seller wrote in a note... that it had been a gift from a grandmother.", " "),
    ("\"I kept it for 40 years,\" the note read.", " "),
    ("\"It is time someone else did.\"", ""),
])

def art_text(id, source, text, gold):
    arts.append({"id": id, "source": source, "text": text, "gold": gold})

art_text("wrapped-report", "Plain Text Wire",
    "The regional water authority said on Thursday that it would raise\n"
    "prices by 8% from April, the largest increase in more than a decade.\n"
    "Officials blamed the cost of repairing pipes damaged during last\n"
    "winter's floods. Consumer groups said the rise was too steep and asked\n"
    "the state regulator to step in before the new rates take effect.\n"
    "\n"
    "A hearing is planned for next month.",
    ["The regional water authority said on Thursday that it would raise\n"
     "prices by 8% from April, the largest increase in more than a decade.",
     "Officials blamed the cost of repairing pipes damaged during last\n"
     "winter's floods.",
     "Consumer groups said the rise was too steep and asked\n"
     "the state regulator to step in before the new rates take effect.",
     "A hearing is planned for next month."])

art("seed-style-summary", "Digest", [
    ("Rail unions and operators reportedly near a deal on weekend pay – according to people briefed on the talks", "\n"),
    ("Negotiators for the three largest rail unions and the national operators met for eleven hours on Sunday, and two people briefed on the talks said a draft agreement on weekend pay was \"within reach.\"", " "),
    ("Neither side would confirm the account.", "\n"),
    ("The operators' association said in a short statement that talks would continue on Monday morning.", " "),
    ("A union spokesperson declined to comment!", " "),
    ("Would a deal end the strikes?", " "),
    ("Analysts were divided.", "\n"),
    ("[1] Statement by the operators' association, Sunday evening.", " "),
    ("[2] Remarks by a union official to reporters outside the talks.", "\n"),
    ("- Unions and operators met for eleven hours on Sunday, and people briefed on the talks said a draft deal on weekend pay was close, though neither side confirmed it.", "\n"),
    ("- Talks resume on Monday; analysts are divided on whether an agreement would bring the months of rolling strikes on regional lines to an end.", ""),
])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False, separators=(",", ":")) + "\n")
