"""Part of stage 8 (casualties): the verbs of each measure, declared as data.  Reads
nothing; holds the verbs (and nouns) that state a killed / wounded / arrested / kidnapped
figure (:data:`MEASURE_VERBS`, whose counted noun phrases :mod:`eventwatch.extract.casualties`
reads), the participles of arrest, the verbs whose object a killing or a kidnapping counts
and the adverbs that tell people held before.  English and place-neutral like
:mod:`eventwatch.extract.lexicon`, whose trigger words they share.  Rules:
``docs/codebook.md``, Numbers.
"""

from __future__ import annotations

from eventwatch.extract.lexicon import EXECUTED
from eventwatch.extract.taking import TAKEN_PEOPLE

__all__ = [
    "ARREST_PARTICIPLES",
    "HELD_EARLIER",
    "KIDNAP_VERBS",
    "KILL_VERBS",
    "MEASURE_VERBS",
]

# Where a man shot and not killed was hit: a limb, or his home.
_SHOT_IN = (r"legs?|arms?|hands?|thighs?|knees?|foot|feet|shoulders?|residence|house|home|"
            r"shop")
# Measure -> the verbs (and nouns) that state a figure of it; ``casualties`` reads the noun
# phrases they count.
MEASURE_VERBS: dict[str, str] = {
    "killed": r"killed|killing|shot\s+dead|shooting\s+dead|gunned\s+down|"
              # "shot him dead": the verb, with its object counted after it
              r"shot(?=\s+(?:him|her)\s+dead\b)|gunned(?=\s+(?:him|her)\s+down\b)|"
              # (a death told by the doctors: "was pronounced dead", "was declared brought
              # dead", "breathed his last", read as "died")
              r"(?:pronounced|declared)\s+(?:brought\s+)?dead|breathed\s+(?:his|her|their)\s+last|"
              r"dead|died|martyred|martyring|embraced\s+(?:martyrdom|shahadat|shahadah)|eliminated|"
              # ("Three terrorists were neutralised", the forces' word for killed; "claimed the
              # lives of three policemen", those killed after it)
              # (only as a plural passive's verb: not "neutralised a transit Maoist camp"; nor
              # a past act's toll told in a clause: "which had claimed the lives of over 74")
              # (nor a thing's: "A ... racket ... has been neutralized with arrest of four")
              r"(?<=\bwere\s)neutrali[sz]ed|(?<!\bhad\s)claimed\s+(?:the\s+)?lives\s+of|"
              r"(?<=\bwere\s[\"“])neutrali[sz]ed|"
              # (or the active's, with the counted dead after it, quoted or not: "air strikes
              # the same day had \"neutralised\" 12 terrorists")
              r"neutrali[sz](?:ed|ing)(?=[\"'’”]?\s+(?:at\s+least\s+|over\s+|more\s+than\s+|"
              r"some\s+|about\s+|around\s+|nearly\s+)?"
              r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
              r"dozens|scores)\s)|"
              # (and the ISPR's: "three terrorists were sent to hell")
              r"(?<=\bwere\s)sent\s+to\s+hell|(?<=\bbeen\s)sent\s+to\s+hell|"
              r"lost\s+(?:their|"
              r"his|her)\s+(?:lives?|life)|succumbed|succumbs|slain|beheaded|murdered|massacred|"
              r"assassinated|"
              # (one life the army's way: "an Army soldier laid down his life")
              r"(?<=\blaid\sdown\shis\s)life|(?<=\blaid\sdown\sher\s)life|"
              # (not a sentence's term: "commuted to jail until death")
              r"shot\s+and\s+killed|lives|(?<!sentenced\sto\s)(?<!until\s)(?<!till\s)deaths?|"
              r"bodies|body|perished|"
              rf"{EXECUTED}|lynched|strangled|(?:burnt|burned)\s+alive|"
              # a throat slit: "took them to the forest and later slit their throats"
              r"slit(?:ting)?\s+(?:his|her|their)\s+throats?|"
              # a side's own dead told as its loss: "its soldiers repelled the assault, losing
              # six men", "the army lost four soldiers" (not ground or weapons lost)
              r"(?:losing|lost)(?=\s+(?:at\s+least\s+|some\s+|about\s+|around\s+)?(?:\d+|two|"
              r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
              r"several|dozens|scores)\s+(?:of\s+(?:its|their|his)\s+(?:own\s+)?)?(?:[\w-]+\s+)?"
              r"(?:men|soldiers|troops|personnel|policemen|officers|fighters|members|gendarmes|"
              r"guards|comrades|volunteers)\b)|"
              # the bombers' own death: "Three JMB militants blew themselves up"
              r"blew\s+(?:himself|herself|themselves)\s+up|"
              # "hacked him to death", "was stabbed to death", "were shot to death"
              r"(?:hacked|stabbed|beat|beaten|thrashed|bludgeoned|stoned|burnt|burned|axed|shot)"
              r"(?=\s+(?:him|her|them|\w+\s+)?to\s+death)|"
              # (the gerund, its dead counted after: "shooting and hacking to death at least
              # nine people")
              r"(?:hacking|stabbing|beating|shooting|burning|clubbing|bludgeoning)\s+to\s+death"
              r"(?=\s+(?:at\s+least\s+|over\s+|more\s+than\s+|some\s+|about\s+)?(?:\d|an?\s|"
              r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
              r"thirty|dozens|scores|several))",
    # (a harm done to those named after it: "caused injuries to three passers by")
    "wounded": r"(?:caused|causing|inflicted|inflicting)\s+(?:\w+\s+)?injur(?:y|ies)\s+(?:to|on)|"
               r"injured|injuring|wounded|wounding|hurt|sustained\s+(?:serious\s+|critical\s+|"
               r"grievous\s+|bullet\s+)?injuries|received\s+injuries|"
               # how badly or by what: "received critical injuries", "sustained burn injuries"
               r"(?:sustained|received|suffered)\s+(?:(?:serious|critical|grievous|bullet|burn|"
               r"severe|minor|multiple|splinter|gunshot|head|fatal|life[\s-]threatening)\s+)"
               r"{1,2}injuries|injuries|"
               # "Seven CRPF personnel sustained bullet wounds", "received multiple bullet
               # wounds", "Two persons suffered injury"
               # ("a head constable suffered a bullet wound in the leg")
               r"(?:sustained|received|suffered)\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injury)|"
               # shot in a limb or at home, and not dead: "Two labourers ... were shot in
               # their residence" (not "The deceased ... was shot in the head")
               rf"(?<=\bwas\s)shot(?=\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:{_SHOT_IN}))|"
               rf"(?<=\bwere\s)shot(?=\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:{_SHOT_IN}))|"
               # (or treated for them: "26 people were treated for wounds", "At least 23
               # people were being treated for gunshot wounds")
               r"(?<=\bwere\s)treated\s+for\s+(?:[\w-]+\s+)?(?:wounds|injuries)|"
               r"(?<=\bbeing\s)treated\s+for\s+(?:[\w-]+\s+)?(?:wounds|injuries)|"
               # "Rakesh was hit by a bullet on the thigh"
               r"hit\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|splinters?|shrapnel)",
    "arrested": r"arrested|arresting|detained|detaining|apprehended|nabbed|"
                # (not "held three members of the family hostage")
                # (nor "39 Indians are held under the captivity of Islamic State")
                # (nor hostages "still being held")
                r"(?<!\bhad\sbeen\s)(?<!\bbeing\s)(?<!\bstill\s)"
                # (nor a guard held at gunpoint while the rebels torched a tower)
                r"held(?!(?:\s+[\w'’-]+){0,6}?\s+(?:captive|captivity|hostages?|at\s+gunpoint)\b)"
                # (nor a train held at a station: "The Jaffar Express was held at Sibi railway
                # station")
                r"(?!\s+(?:up\s+)?at\s+(?:[\w-]+\s+){0,3}(?:station|junction|airport|border)\b)"
                # (nor ground held: "the IS held zones of Syria"; nor an event held: "during
                # just held parliamentary polls")
                r"(?!\s+(?:zones?|areas?|territor(?:y|ies)|parts?|regions?|positions?)\b)"
                r"(?!\s+(?:[\w-]+\s+){0,2}?(?:polls|elections?|meetings?|talks|rall(?:y|ies)|"
                # (nor a march or a vigil: "Hundreds of residents held a peace march")
                r"conferences?|sessions?|march(?:es)?|protests?|demonstrations?|sit-ins?|"
                r"vigils?|jirgas?|gatherings?|ceremon(?:y|ies))\b)|"
                r"rounded\s+up|"
                r"taken\s+into\s+custody|captured|capturing|arrest",
    "kidnapped": r"kidnapped|kidnapping|abducted|abducting|taken\s+hostage|held\s+hostage|"
                 r"held\s+captive|forcibly\s+(?:taken|took(?:\s+away)?|picked\s+up)|"
                 # "took away its two security guards"
                 rf"took\s+away(?=\s+(?:\w+\s+){{0,3}}{TAKEN_PEOPLE})|"
                 # (or seized: "gunmen from the Gran Grif gang seized 11 passengers from a bus")
                 # (or whisked away: "stormed a mosque ... and whisked away 23 worshippers")
                 # (not the people's things: "seized the Guards' weapons")
                 rf"(?:seized|whisked\s+away)(?=\s+(?:\w+\s+){{0,3}}{TAKEN_PEOPLE}(?![’']))|"
                 # (the perfect: "the bandits had taken away 34 miners")
                 rf"(?<=\bhad\s)taken\s+away(?=\s+(?:\w+\s+){{0,3}}{TAKEN_PEOPLE})|"
                 # (the passive, its doers named: "four policemen were taken away by the
                 # attackers"; not "taken away by ambulance")
                 r"(?<=\bwere\s)taken\s+away(?=\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:attackers|"
                 r"militants|gunmen|terrorists|insurgents|rebels|kidnappers|abductors|bandits|"
                 r"assailants|fighters)\b)|"
                 # (led off in the raiders' retreat: "taking four constables with them")
                 r"taking(?=\s+(?:\w+\s+){1,3}?with\s+them\b)|"
                 # those held named between: "The attackers took 20 people hostage"
                 r"(?:took|taking|held|holding)(?=(?:\s+[\w-]+){1,5}?\s+hostages?\b)",
}

#: The participles of arrest, which may also name people ("arrested militants").
ARREST_PARTICIPLES = frozenset({"arrested", "detained", "apprehended", "nabbed"})
# The verbs whose object a killing or a kidnapping counts (read by ``casualties``).
KILL_VERBS = frozenset({"killed", "shot dead", "gunned down", "murdered", "beheaded"})
KIDNAP_VERBS = frozenset({"abducted", "kidnapped", "forcibly took", "forcibly took away"})
#: The adverbs of time before such a participle that tell people held before: "the earlier
#: arrested militants", "of recently arrested recruits".
HELD_EARLIER = r"recently|newly|already|earlier|previously"
