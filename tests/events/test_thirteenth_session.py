"""Thirteenth-session rules from errors on real news sentences (benchmarks/realpairs), on our own sentences:
demands on a named party ("called for X to resign", "wants X to", "pushed X to", "challenged X to", "it is time for
X to"), letters and messages that ask, attempts that take the attempted act's type, verbal attacks in idiom, names
called in quotes, backing decided ("decided to back X" is SUPPORT), money poured into or given to a cause,
regret, and negations that are not denials of the event ("not the only one to", "did not mention that")."""
import pytest

from .helpers import code


@pytest.mark.parametrize("text,source,target,expected", [
    # a demand that a named party act
    ("The opposition leader called for the interior minister to resign over the raid.", "The opposition leader",
     "the interior minister", "REQUEST"),
    ("Lagos wants Abuja to release the withheld revenue before the end of the month.", "Lagos", "Abuja", "REQUEST"),
    ("The mayor pushed the transit authority to restore the night buses.", "The mayor", "the transit authority",
     "REQUEST"),
    ("The challenger challenged the governor to debate her on television.", "The challenger", "the governor",
     "REQUEST"),
    ('"It is time for the council to stop delaying the flood defences," the senator said on Friday.',
     "the senator", "the council", "REQUEST"),
    # a letter or a message that asks
    ("Ten senators sent a letter to the attorney general on Monday seeking answers on the leak.",
     "Ten senators", "the attorney general", "REQUEST"),
    ("The union leader hand-delivered a letter to the minister asking for an inquiry into the deaths.",
     "The union leader", "the minister", "REQUEST"),
    # an attempt is the attempted act, not a request
    ("The governor sought to reassure the farmers' union that subsidies would continue.", "The governor",
     "the farmers' union", "SUPPORT"),
    # verbal attacks in idiom
    ("The senator lit into the defence secretary over the delayed contracts.", "The senator",
     "the defence secretary", "ACCUSE"),
    ("The candidate ripped into her rival for his votes on trade.", "The candidate", "her rival", "ACCUSE"),
    ("The party chairman dressed down the mayor for the budget overrun.", "The party chairman", "the mayor",
     "ACCUSE"),
    ("The governor took several swipes at the president during the rally.", "The governor", "the president",
     "ACCUSE"),
    ("The former minister hit the prime minister for his handling of the strike.", "The former minister",
     "the prime minister", "ACCUSE"),
    ("The chancellor railed against the central bank in a speech on Tuesday.", "The chancellor",
     "the central bank", "ACCUSE"),
    # names called in quotes
    ("The senator called the governor's remarks ''deeply toxic'' on Sunday.", "The senator", "the governor",
     "ACCUSE"),
    ('The president called the rebel commander "unfit to negotiate" for the north.', "The president",
     "the rebel commander", "ACCUSE"),
    # backing, also decided; promised backing is an agreement (the manual: future SUPPORT is AGREE)
    ("The former governor campaigned for the senator in the northern counties last week.",
     "The former governor", "the senator", "SUPPORT"),
    ("The former governor will campaign for the senator in the northern counties next week.",
     "The former governor", "the senator", "AGREE"),
    ("The mayor decided to back the governor after the primary.", "The mayor", "the governor", "SUPPORT"),
    ("Most of the party's legislators lined up behind the prime minister before the vote.",
     "Most of the party's legislators", "the prime minister", "SUPPORT"),
    ('"I am a great fan of the finance minister," the premier said.', "the premier", "the finance minister",
     "SUPPORT"),
    # a warning that there are consequences; hands shaken; a grab by the arm; records turned over; refugees
    # admitted; promises from someone
    ('"The airlines need to know that there are consequences to cutting routes," the minister said.',
     "the minister", "The airlines", "THREATEN"),
    ("The president shook hands with the opposition leader on the tarmac.", "The president",
     "the opposition leader", "CONSULT"),
    ("The guard grabbed the reporter by the arm.", "The guard", "the reporter", "ASSAULT"),
    ("The agency turned over thousands of emails to the committee on Friday.", "The agency", "the committee",
     "COOPERATE"),
    ("Jordan has admitted more than 600,000 Syrian refugees, straining its economy.", "Jordan", "Syrian refugees",
     "AID"),
    ("Farmers say they have promises from the governor to support the subsidy.", "the governor", "Farmers",
     "AGREE"),
    # going after someone: in words, or with arms; leaping to someone's defence
    ("Since then, the candidate has routinely gone after the anchor for her reporting.", "the candidate",
     "the anchor", "ACCUSE"),
    ("Government troops went after the rebels in the hills.", "Government troops", "the rebels", "ASSAULT"),
    ("When the scandal broke, the senator leapt to the king's defense.", "the senator", "the king", "SUPPORT"),
    # round 2: orders and enticements, a vow of support, help to campaign, verbal attacks "for" something,
    # firing back over words, complaints filed against someone, rallies for someone
    ("The coach said he told the mayor to stay focused on the budget.", "he", "the mayor", "REQUEST"),
    ("The former president enticed the governor to run for the Senate.", "The former president", "the governor",
     "REQUEST"),
    ("Party elders swore that they would support the leader if he won the primary.", "Party elders", "the leader",
     "AGREE"),
    ("Thousands of union members have helped campaign for the senator since the endorsement.",
     "Thousands of union members", "the senator", "SUPPORT"),
    ("The governor attacked the mayor for failing to fix the roads.", "The governor", "the mayor", "ACCUSE"),
    ("Two former presidents fired back at the candidate over the proposal.", "Two former presidents",
     "the candidate", "ACCUSE"),
    ("The complaint the senator filed against the governor was dismissed.", "the senator", "the governor",
     "ACCUSE"),
    ("The senator was rallying for the young candidate in the suburbs.", "The senator", "the young candidate",
     "SUPPORT"),
    ("The party establishment fell in line behind the former minister.", "The party establishment",
     "the former minister", "SUPPORT"),
    ("The guard threw the reporter out of the news conference.", "The guard", "the reporter", "COERCE"),
    ("The gunman took the lives of nine worshippers in the church.", "The gunman", "nine worshippers", "ASSAULT"),
    ("The senator started dialing up colleagues about the bill.", "The senator", "colleagues", "CONSULT"),
    ("The premier offered strident defenses of the minister.", "The premier", "the minister", "SUPPORT"),
    ("The mayor said he is in favor of the governor.", "The mayor", "the governor", "SUPPORT"),
    ("Following a breakfast with the bishop, the candidate flew to Ohio.", "the candidate", "the bishop", "CONSULT"),
    # round 3: attacks in tweets or in a speech are words; compliments; exhortations; persuasion
    ("The senator attacked the governor in late-night tweets.", "The senator", "the governor", "ACCUSE"),
    ("The candidate attacked the mayor in a speech on Friday.", "The candidate", "the mayor", "ACCUSE"),
    ("The premier complimented the opposition leader on her speech.", "The premier", "the opposition leader",
     "SUPPORT"),
    ("The senator exhorted party members to vote their conscience.", "The senator", "party members", "REQUEST"),
    ("The president set about persuading the Chinese leader to join the pact.", "The president",
     "the Chinese leader", "REQUEST"),
    # calling someone out (calling out troops is a mobilisation), encouragement to act, reaching out, dining,
    # shrugging off
    ("The candidate took to Twitter to call out protesters.", "The candidate", "protesters", "ACCUSE"),
    ("The governor called out the National Guard after the riots.", "The governor", "the National Guard",
     "MOBILIZE"),
    ("The senator encouraged voters to join him in a fast.", "The senator", "voters", "REQUEST"),
    ("The senator said she had reached out to the mayor about unity.", "The senator", "the mayor", "CONSULT"),
    ("The pastor dined with the president in 2007.", "The pastor", "the president", "CONSULT"),
    ("The campaign shrugged off the governor's comments.", "The campaign", "the governor", "REJECT"),
    # money given to a cause
    ("A business group is spending $200,000 to help the senator beat back a primary challenge.",
     "A business group", "the senator", "AID"),
    ("Eight bankers are listed as fundraisers, collecting more than $100,000 each for the campaign.",
     "Eight bankers", "the campaign", "AID"),
    ("After savaging the donors as corrupt insiders, the candidate is finding them reluctant to give.",
     "the candidate", "the donors", "ACCUSE"),
    ("The foundation has accepted millions of dollars from foreign governments.", "foreign governments",
     "The foundation", "AID"),
    ("The magnate has directed $10 million to the senator's foundation.", "The magnate", "the senator", "AID"),
    ("The investor backed the senator's campaign with millions of dollars.", "The investor", "the senator", "AID"),
    ("The tycoon poured $4 million into the senator's re-election fund.", "The tycoon", "the senator",
     "AID"),
    ("The banker has long been a major donor to the governor's foundation.", "The banker", "the governor",
     "AID"),
    # remorse
    ("The judge regrets her remarks about the defence lawyer.", "The judge", "the defence lawyer", "CONCEDE"),
    # negations that do not deny the act between the two
    ("The mayor is not the only senior Republican to endorse the governor.", "The mayor", "the governor",
     "SUPPORT"),
    ("The statement did not mention that the mayor had praised the governor.", "the mayor", "the governor",
     "SUPPORT"),
])
def test_real_news_shapes(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    # still what they were: a formal act promised is an agreement; a call to a person; a challenge to a plan
    ("The government said it would recognise the new republic next month.", "The government", "the new republic",
     "AGREE"),
    ("The president called the Kenyan leader to congratulate him on his victory.", "The president",
     "the Kenyan leader", "SUPPORT"),
    ("Two former ministers challenged a secret cabinet plan to deport the refugees.", "Two former ministers",
     "a secret cabinet plan", "ACCUSE"),
    ("The rebels said they did not attack the convoy.", "The rebels", "the convoy", "ASSAULT"),
])
def test_kept_as_before(text, source, target, expected):
    assert code(text, source, target) == expected
