#!/usr/bin/env bats
# split-sentences' rules on news text written for these tests: the exact
# sentences expected, checked by slicing the text at the spans with jq
# (code points).  A case the splitter still gets wrong keeps its full
# assertion behind skip "known weakness: ...", so it can be fixed and
# un-skipped.

load helpers

setup() {
	NEWS=$NF_TESTDATA/news/articles.jsonl
}

# --- trivial texts ----------------------------------------------------------------

@test "empty and white-space-only texts have no sentences" {
	assert_split ''
	assert_split $'  \n\t '
	assert_split $'\xc2\xa0\xe3\x80\x80'
}

@test "a text without a final stop is one sentence" {
	assert_split 'Markets closed higher' 'Markets closed higher'
	assert_split '  Markets closed higher.  ' 'Markets closed higher.'
}

@test "plain sentences split after . ? !" {
	assert_split 'The bridge reopened on Monday. Traffic was light. Why? Nobody knew! Drivers were relieved.' \
		'The bridge reopened on Monday.' 'Traffic was light.' 'Why?' 'Nobody knew!' 'Drivers were relieved.'
}

# --- abbreviations and titles -------------------------------------------------------

@test "titles never end a sentence: Mr. Dr. Gen. Sen. Prof." {
	assert_split 'Mr. Smith met Dr. Jones at the Capitol on Tuesday. Gen. Mark Allen and Sen. Ruth Hale joined them later.' \
		'Mr. Smith met Dr. Jones at the Capitol on Tuesday.' \
		'Gen. Mark Allen and Sen. Ruth Hale joined them later.'
	assert_split 'Dr. Ana Ruiz (left) and Prof. Lee Kim spoke first. Their study was widely cited.' \
		'Dr. Ana Ruiz (left) and Prof. Lee Kim spoke first.' 'Their study was widely cited.'
}

@test "ranks and offices: Lt. Col. Gov. Rep." {
	assert_split 'Lt. Col. Ann Reyes and Gov. Tim Ward spoke. Rep. Joe Park did not.' \
		'Lt. Col. Ann Reyes and Gov. Tim Ward spoke.' 'Rep. Joe Park did not.'
	assert_split 'The bill passed 60-40. Sen. Hale voted no.' 'The bill passed 60-40.' 'Sen. Hale voted no.'
}

@test "Jr., D.C., Ph.D. and Minn. at the end of a sentence, before a starter" {
	assert_split 'The award went to Martin Luther King Jr. The crowd stood.' \
		'The award went to Martin Luther King Jr.' 'The crowd stood.'
	assert_split 'The firm is based in Washington, D.C. It has 40 staff.' \
		'The firm is based in Washington, D.C.' 'It has 40 staff.'
	assert_split 'He earned a Ph.D. in physics. Then he joined the agency.' \
		'He earned a Ph.D. in physics.' 'Then he joined the agency.'
	assert_split 'He was born in 1950 in St. Paul, Minn. He moved east in 1975.' \
		'He was born in 1950 in St. Paul, Minn.' 'He moved east in 1975.'
}

@test "U.S. and U.K. inside a sentence" {
	assert_split 'Officials in the U.S. and the U.K. said the talks had stalled. Both sides blamed the other.' \
		'Officials in the U.S. and the U.K. said the talks had stalled.' 'Both sides blamed the other.'
	assert_split 'She moved to the U.S. in 2010. Her sister followed.' \
		'She moved to the U.S. in 2010.' 'Her sister followed.'
	assert_split 'The U.N. Security Council met on Friday. No vote was held.' \
		'The U.N. Security Council met on Friday.' 'No vote was held.'
}

@test "U.S. at the end of a sentence, before a sentence starter" {
	assert_split 'The company moved its headquarters to the U.S. It opened an office in Ohio.' \
		'The company moved its headquarters to the U.S.' 'It opened an office in Ohio.'
}

@test "Inc. and Corp. inside and at the end of a sentence" {
	assert_split 'Shares of Acme Inc. rose 4% on Friday. Rivals such as Zenith Corp. fell.' \
		'Shares of Acme Inc. rose 4% on Friday.' 'Rivals such as Zenith Corp. fell.'
	assert_split 'She now works for Brightline Foods Inc. The firm makes bread.' \
		'She now works for Brightline Foods Inc.' 'The firm makes bread.'
}

@test "e.g. and i.e. never end a sentence" {
	assert_split 'Some cities, e.g. Paris and Rome, banned the cars. Others, i.e. the smaller ones, did not.' \
		'Some cities, e.g. Paris and Rome, banned the cars.' 'Others, i.e. the smaller ones, did not.'
}

@test "Jan. and No. before a number" {
	assert_split 'The vote is set for Jan. 12 in Room No. 5 of the old hall. It will be open to the public.' \
		'The vote is set for Jan. 12 in Room No. 5 of the old hall.' 'It will be open to the public.'
	assert_split 'The order, issued on Sept. 30, takes effect on Oct. 14. Appeals are expected.' \
		'The order, issued on Sept. 30, takes effect on Oct. 14.' 'Appeals are expected.'
}

@test "St. as in a place name, and St. for Street" {
	assert_split 'The St. Louis team won the final. It was their third title.' \
		'The St. Louis team won the final.' 'It was their third title.'
	assert_split 'The shop on Main St. in Dayton closed. Its owner retired.' \
		'The shop on Main St. in Dayton closed.' 'Its owner retired.'
}

@test "approx. and vs. before a number or a name" {
	assert_split 'The survey cost approx. $2.3 million. It was cheap.' \
		'The survey cost approx. $2.3 million.' 'It was cheap.'
	assert_split 'The case, Harlan vs. Brightline, opens in May. Both firms declined to comment.' \
		'The case, Harlan vs. Brightline, opens in May.' 'Both firms declined to comment.'
}

@test "an abbreviation followed by a lower-case word does not end a sentence" {
	assert_split 'The firm, Smith & Co., said no. Its chief executive agreed with the decision.' \
		'The firm, Smith & Co., said no.' 'Its chief executive agreed with the decision.'
	assert_split 'Harlan Dairy Corp. said on Monday it would cut 200 jobs.' \
		'Harlan Dairy Corp. said on Monday it would cut 200 jobs.'
}

# --- initials -----------------------------------------------------------------------

@test "initials: George W. Bush, J.R.R. Tolkien, Thomas R. Vance" {
	assert_split 'Former President George W. Bush praised the plan. The crowd cheered.' \
		'Former President George W. Bush praised the plan.' 'The crowd cheered.'
	assert_split 'A first edition by J.R.R. Tolkien sold for $61,000. The buyer was not named.' \
		'A first edition by J.R.R. Tolkien sold for $61,000.' 'The buyer was not named.'
	assert_split 'Judge Thomas R. Vance ruled on Monday. The defense will appeal.' \
		'Judge Thomas R. Vance ruled on Monday.' 'The defense will appeal.'
}

# --- numbers, money, times -----------------------------------------------------------

@test "decimals and money do not end sentences: \$4.5 billion, 3.2%, 1,204.5" {
	assert_split 'The deal is worth $4.5 billion. It closes in March.' \
		'The deal is worth $4.5 billion.' 'It closes in March.'
	assert_split 'Inflation rose 3.2% in May, up from 2.9% in April. Food prices led the rise.' \
		'Inflation rose 3.2% in May, up from 2.9% in April.' 'Food prices led the rise.'
	assert_split 'The index closed at 1,204.5 points, a gain of 0.8. Traders were calm.' \
		'The index closed at 1,204.5 points, a gain of 0.8.' 'Traders were calm.'
}

@test "a sentence ending in a number" {
	assert_split 'The team last won the title in 1999. Fans have waited since.' \
		'The team last won the title in 1999.' 'Fans have waited since.'
	assert_split 'The death toll rose to 12. Rescue teams are still searching.' \
		'The death toll rose to 12.' 'Rescue teams are still searching.'
}

@test "a sentence ending in a day number after a month name" {
	assert_split 'The new rules take effect on March 3. Riders can comment until then.' \
		'The new rules take effect on March 3.' 'Riders can comment until then.'
}

@test "a sentence ending in a day number after a month abbreviation" {
	assert_split 'The minister arrived on Jan. 5. Large crowds met her at the airport.' \
		'The minister arrived on Jan. 5.' 'Large crowds met her at the airport.'
}

@test "a sentence ending in 'No. 4' before a title" {
	assert_split 'Jury selection begins in Courtroom No. 4. Mr. Doyle has pleaded not guilty.' \
		'Jury selection begins in Courtroom No. 4.' 'Mr. Doyle has pleaded not guilty.'
}

@test "times: 3 p.m. at the end of a sentence and inside one" {
	assert_split 'The meeting starts at 3 p.m. Officials will speak first.' \
		'The meeting starts at 3 p.m.' 'Officials will speak first.'
	assert_split 'The flight lands at 3 p.m. Tuesday, officials said. Crowds are expected.' \
		'The flight lands at 3 p.m. Tuesday, officials said.' 'Crowds are expected.'
	assert_split 'Doors open at 7 p.m. EST on Friday. Tickets are sold out.' \
		'Doors open at 7 p.m. EST on Friday.' 'Tickets are sold out.'
	assert_split 'Polls close at 8 a.m. on Monday in the east. Results come later.' \
		'Polls close at 8 a.m. on Monday in the east.' 'Results come later.'
}

# --- ellipses -------------------------------------------------------------------------

@test "ellipses end a sentence before a capital, not before a lower-case word" {
	assert_split 'Prices rose... Then they fell sharply.' 'Prices rose...' 'Then they fell sharply.'
	assert_split 'He paused... and then went on speaking.' 'He paused... and then went on speaking.'
	assert_split 'She waited… Nobody came to the door.' 'She waited…' 'Nobody came to the door.'
	assert_split 'There was nothing… no word at all from the ministry.' \
		'There was nothing… no word at all from the ministry.'
}

@test "a spaced ellipsis '. . .' ends a sentence before a capital" {
	assert_split 'The rebels retreated . . . The army advanced.' \
		'The rebels retreated . . .' 'The army advanced.'
}

@test "[...] marks an omission and does not end a sentence" {
	assert_split 'The report said the plan [...] would cost more. Officials disagreed.' \
		'The report said the plan [...] would cost more.' 'Officials disagreed.'
}

# --- lists, bullets, notes, headlines -------------------------------------------------

@test "numbered list lines are sentences" {
	assert_split $'1. Cut costs.\n2. Sell the old depot.\n3. Hire more drivers.' \
		'1. Cut costs.' '2. Sell the old depot.' '3. Hire more drivers.'
	assert_split '1. Open the valve 2. Close the gate 3. Check the gauge' \
		'1. Open the valve' '2. Close the gate' '3. Check the gauge'
}

@test "a numbered list after a line ending in a colon" {
	assert_split $'The board approved two changes:\n1. Route 4 runs every 15 minutes.\n2. Route 9 reaches the hospital.' \
		'The board approved two changes:' '1. Route 4 runs every 15 minutes.' '2. Route 9 reaches the hospital.'
}

@test "a numbered list after a colon line in a block that looks hard-wrapped" {
	assert_split $'The transit board approved three changes on Tuesday:\n1. Route 4 will run every 15 minutes at peak times.\n2. Route 9 will be extended to the hospital.\n3. Night buses will run until 2 a.m. on weekends.' \
		'The transit board approved three changes on Tuesday:' \
		'1. Route 4 will run every 15 minutes at peak times.' \
		'2. Route 9 will be extended to the hospital.' \
		'3. Night buses will run until 2 a.m. on weekends.'
}

@test "bullet lines, '- ' and '•', are sentences of their own" {
	assert_split $'- The first point is here\n- The second point follows\n\xe2\x80\xa2 A third bullet' \
		'- The first point is here' '- The second point follows' '• A third bullet'
	assert_split $'Key points:\n\xe2\x80\xa2 Rates stay at 4%. Markets expected it.\n\xe2\x80\xa2 The next meeting is in June.' \
		'Key points:' '• Rates stay at 4%.' 'Markets expected it.' '• The next meeting is in June.'
}

@test "a headline and '- ' bullets of similar length, one line each" {
	assert_split $'Storm update: what we know so far\n- Power is out for about 41,000 homes in three counties\n- Schools in Marsh County will stay closed on Friday\n- The coastal highway is shut between Exit 12 and Exit 19' \
		'Storm update: what we know so far' \
		'- Power is out for about 41,000 homes in three counties' \
		'- Schools in Marsh County will stay closed on Friday' \
		'- The coastal highway is shut between Exit 12 and Exit 19'
}

@test "[1]-style note lines split at each mark" {
	assert_split '[1] Statement by the ministry, Friday. [2] Letter to the council, Sept. 30.' \
		'[1] Statement by the ministry, Friday.' '[2] Letter to the council, Sept. 30.'
	assert_split $'[1] First note about the deal.\n[2] Second note about the talks.' \
		'[1] First note about the deal.' '[2] Second note about the talks.'
}

@test "a note mark after a stop stays with its sentence" {
	assert_split 'The plan was approved on Friday.[1] Work starts in May.[2] Costs may rise.' \
		'The plan was approved on Friday.[1]' 'Work starts in May.[2]' 'Costs may rise.'
}

@test "a headline line with no final stop, then body text" {
	assert_split $'Floods hit coastal towns\nHeavy rain caused floods in three towns on Monday. Roads were closed.' \
		'Floods hit coastal towns' 'Heavy rain caused floods in three towns on Monday.' 'Roads were closed.'
	assert_split $'Rail unions near deal on weekend pay – sources\nTalks ran for eleven hours on Sunday.' \
		'Rail unions near deal on weekend pay – sources' 'Talks ran for eleven hours on Sunday.'
}

@test "a dateline stands alone" {
	assert_split 'WASHINGTON — The Senate voted 51-49 on Tuesday. The bill goes to the House.' \
		'WASHINGTON —' 'The Senate voted 51-49 on Tuesday.' 'The bill goes to the House.'
	assert_split 'LONDON (Reuters) - Shares fell on Monday.' 'LONDON (Reuters) -' 'Shares fell on Monday.'
}

# --- quotes and brackets ----------------------------------------------------------------

@test "closing quotes after the stop belong to the sentence" {
	assert_split 'He said "Yes." Then he left the room.' 'He said "Yes."' 'Then he left the room.'
	assert_split 'He said “Yes.” Then he left the room.' 'He said “Yes.”' 'Then he left the room.'
	assert_split "She called it 'a disgrace.' Nobody answered." "She called it 'a disgrace.'" 'Nobody answered.'
}

@test "quoted speech: a capital after the quote starts a sentence, a lower-case word does not" {
	assert_split '“We are done,” one official said. Another added: “Not yet!” Then there was silence.' \
		'“We are done,” one official said.' 'Another added: “Not yet!”' 'Then there was silence.'
	assert_split '"Go home!" she shouted at the crowd.' '"Go home!" she shouted at the crowd.'
	assert_split '“Is it safe?” asked one resident.' '“Is it safe?” asked one resident.'
}

@test "a closing bracket after the stop belongs to the sentence" {
	assert_split '(The figures are provisional.) Officials will update them.' \
		'(The figures are provisional.)' 'Officials will update them.'
	assert_split 'The vote was 52-48 (a narrow margin). Opponents objected.' \
		'The vote was 52-48 (a narrow margin).' 'Opponents objected.'
}

@test "?! and runs of stops" {
	assert_split 'Is this the end?! Nobody knows. Really?! Yes!' \
		'Is this the end?!' 'Nobody knows.' 'Really?!' 'Yes!'
	assert_split 'Why now?? Nobody would say!!! The talks went on.' \
		'Why now??' 'Nobody would say!!!' 'The talks went on.'
}

# --- URLs, e-mail, ALL CAPS ---------------------------------------------------------------

@test "URLs and e-mail addresses do not split sentences" {
	assert_split 'Visit https://example.com/news/2024/story.html for details. Or write to press@example.org today.' \
		'Visit https://example.com/news/2024/story.html for details.' 'Or write to press@example.org today.'
	assert_split 'See www.example.co.uk/rules.html for the rules. They changed in May.' \
		'See www.example.co.uk/rules.html for the rules.' 'They changed in May.'
	assert_split 'Email jane.doe@news.example.com. She replies fast.' \
		'Email jane.doe@news.example.com.' 'She replies fast.'
}

@test "ALL-CAPS text" {
	assert_split 'THE SENATE PASSED THE BILL ON FRIDAY. THE HOUSE WILL VOTE NEXT WEEK.' \
		'THE SENATE PASSED THE BILL ON FRIDAY.' 'THE HOUSE WILL VOTE NEXT WEEK.'
	assert_split 'BREAKING: U.S. SENATE PASSES BUDGET' 'BREAKING: U.S. SENATE PASSES BUDGET'
}

# --- paragraphs and newlines ----------------------------------------------------------------

@test "blank lines end sentences and paragraphs" {
	assert_split $'First paragraph ends here\n\nSecond paragraph starts here' \
		'First paragraph ends here' 'Second paragraph starts here'
	assert_split $'One.\n\n\n\nTwo.' 'One.' 'Two.'
	assert_split $'A line\n \t \nAnother line' 'A line' 'Another line'
	assert_split $'Windows lines.\r\n\r\nNext paragraph.' 'Windows lines.' 'Next paragraph.'
}

@test "auto: a hard-wrapped paragraph keeps sentences across lines" {
	text=$'The regional council voted on Tuesday to close two of the town\'s\nthree libraries, citing a budget gap that officials said had grown\nfor four straight years. Residents who spoke at the meeting were\nangry about the decision and vowed to fight it in court.'
	assert_split "$text" \
		$'The regional council voted on Tuesday to close two of the town\'s\nthree libraries, citing a budget gap that officials said had grown\nfor four straight years.' \
		$'Residents who spoke at the meeting were\nangry about the decision and vowed to fight it in court.'
	assert_split --newlines=break "$text" \
		'The regional council voted on Tuesday to close two of the town'"'"'s' \
		'three libraries, citing a budget gap that officials said had grown' \
		'for four straight years.' \
		'Residents who spoke at the meeting were' \
		'angry about the decision and vowed to fight it in court.'
}

# --- non-ASCII text -----------------------------------------------------------------------

@test "accents, emoji, curly quotes and U+00A0 in and between sentences" {
	nb=$'\xc2\xa0'
	assert_split "The café opened in 2019. Its owner, Zoë Martín, said “it was a dream.” Sales doubled 😀. Critics disagreed." \
		'The café opened in 2019.' 'Its owner, Zoë Martín, said “it was a dream.”' 'Sales doubled 😀.' 'Critics disagreed.'
	assert_split "Officials met in São Paulo.${nb}The talks ended early." \
		'Officials met in São Paulo.' 'The talks ended early.'
	assert_split "Prices rose 5%. Économistes were surprised." \
		'Prices rose 5%.' 'Économistes were surprised.'
	assert_split "The fund lost 4${nb}billion. Ángel Ruiz resigned." \
		"The fund lost 4${nb}billion." 'Ángel Ruiz resigned.'
}

@test "a sentence ending in a spaced '%.' (5 %, 5\u00a0%)" {
	nb=$'\xc2\xa0'
	assert_split "Prices rose 5${nb}%. Economists were surprised." \
		"Prices rose 5${nb}%." 'Economists were surprised.'
	assert_split "Prices rose 5 %. Economists were surprised." \
		'Prices rose 5 %.' 'Economists were surprised.'
}

@test "an unknown abbreviation before a lower-case word does not end a sentence" {
	assert_split 'The index fell 2.3 pct. to 1,204.5 points. Traders were nervous.' \
		'The index fell 2.3 pct. to 1,204.5 points.' 'Traders were nervous.'
}

# --- whole articles (testdata/news/articles.jsonl) -------------------------------------------

@test "article harbor-vote: headline, Rep., Jan. 15, U.S., Dr., quotes" {
	assert_news "$NEWS" harbor-vote
}

@test "article storm-bullets: headline, bullets, 3 p.m., a question" {
	assert_news "$NEWS" storm-bullets
}

@test "article merger-notes: Inc., Corp., decimals, money, [n] note lines" {
	assert_news "$NEWS" merger-notes
}

@test "article trial-quotes: dateline, Sen., quotes, 9 a.m., No. 4" {
	assert_news "$NEWS" trial-quotes
}

@test "article festival-unicode: accents, emoji, curly quotes, URL and e-mail" {
	assert_news "$NEWS" festival-unicode
}

@test "article science-abbrev: Prof., U.K., e.g., i.e., approx., St." {
	assert_news "$NEWS" science-abbrev
}

@test "article caps-and-lists: ALL-CAPS headline, numbered list, Feb., St." {
	assert_news "$NEWS" caps-and-lists
}

@test "article initials-ellipsis: J.R.R., George W., ellipsis, quotes" {
	assert_news "$NEWS" initials-ellipsis
}

@test "article wrapped-report: a hard-wrapped paragraph (auto)" {
	assert_news "$NEWS" wrapped-report
}

@test "article seed-style-summary: headline with a dash, notes, long bullets" {
	assert_news "$NEWS" seed-style-summary
}

@test "every article in testdata/news has a test above" {
	run -0 jq -r '.id' "$NEWS"
	for id in "${lines[@]}"; do
		grep -q "assert_news \"\$NEWS\" $id\$" "$BATS_TEST_FILENAME" || {
			echo "no test for article $id"
			false
		}
	done
}
