"""A deterministic corpus of synthetic police-news articles for timing extraction.

Articles are assembled from templates: headlines, date lines in several newsroom styles,
bylines, standfirsts, ledes with figures, quotes in every mark style (open-only paragraphs,
closed-and-reopened, single marks, interrupted by the attribution), court results, captions
and clippings cut off mid-sentence. The same seed always gives the same articles.

    python -m tests.benchmarks.corpus DIRECTORY [COUNT]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Aisha Ben Carla Dev Ellie Farid Grace Harvey Imogen Jack Kirsty Leon Maya Nathan Olu "
    "Priya Quinn Rhys Sophie Tariq Una Viktor Wendy Yusuf Zara Callum Fiona Gareth Hannah Idris"
)
LAST = _words(
    "Ashby Brannock Calder Dalton Easton Fairley Gorman Hadley Ingram Jarvis Kettle Lomax Marlow "
    "Nolan Okeke Pryce Quayle Rourke Sadler Tennant Upton Vance Whitmore Yardley Zeller Kaur "
    "Mensah Novak Odunsi Petrie"
)
TOWNS = _words(
    "Basildon Chelmsford Colchester Harlow Southend Ipswich Luton Watford Reading Swindon "
    "Gloucester Hereford Lincoln Grimsby Scunthorpe Doncaster Rotherham Wakefield Preston Wigan"
)
FORCES = (
    "Essex Police",
    "Kent Police",
    "Suffolk Constabulary",
    "Thames Valley Police",
    "Humberside Police",
    "West Yorkshire Police",
    "Lancashire Constabulary",
    "Hertfordshire Constabulary",
    "the Met",
)
UNITS = (
    "Serious Violence Unit",
    "Organised Crime Unit",
    "Proactive Drugs Team",
    "Roads Policing Unit",
    "Op Cobra team",
    "Economic Crime Unit",
    "Tactical Support Group",
)
OPS = _words(
    "Kestrel Harrier Granite Lantern Sentinel Osprey Ember Falconer Juniper Tundra Anvil "
    "Mistral Quartz Bramble Cinder"
)
RANKS = (
    "PC",
    "DC",
    "Sgt",
    "DS",
    "Insp",
    "DI",
    "Chief Insp",
    "DCI",
    "Det Chief Insp",
    "Supt",
    "Det Supt",
    "Ch Supt",
    "DCS",
    "ACC",
    "Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Police Constable",
    "A/DI",
    "Temporary Chief Inspector",
)
ROLES = (
    "the district commander",
    "who led the investigation",
    "the senior investigating officer",
    "head of the drugs team",
    "the area's neighbourhood inspector",
)
SAYS = ("said", "added", "explained", "warned", "told reporters", "continued", "revealed")
MONTHS = _words(
    "January February March April May June July August September October November December"
)
DRUGS = ("cocaine", "heroin", "cannabis", "crack cocaine", "ketamine", "MDMA")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SPEECH = (
    "We will not tolerate drug dealing on our streets",
    "This result is down to months of careful work by our officers",
    "Residents told us what was happening and we listened",
    "Anyone involved in county lines should expect a knock at the door",
    "These gangs exploit vulnerable young people for profit",
    "The information the public gives us really does make a difference",
    "We are determined to keep pushing until these networks are dismantled",
    "I want to thank the community for their patience and support",
    "Our officers worked around the clock to bring this case to court",
    "There is no place for knives in our town",
)
CAPTIONS = (
    "Officers outside the property in {town}",
    "Raided - officers at the scene in {town}",
    "Picture: {force}",
)


class _Article:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.town = rng.choice(TOWNS)
        self.force = rng.choice(FORCES)
        self.op = rng.choice(OPS)
        self.officer = (rng.choice(RANKS), rng.choice(FIRST), rng.choice(LAST))
        self.defendant = (rng.choice(FIRST), rng.choice(LAST))
        self.arrests = rng.choice((12, 23, 40, 57, 70, 104, 1250))
        self.year = rng.randint(2003, 2024)

    def pick(self, items):
        return self.rng.choice(items)

    def number(self, low, high):
        """A count between low and high, printed in words half the time when it is small."""
        n = self.rng.randint(low, high)
        if 2 <= n <= 10 and self.rng.random() < 0.5:
            return NUMBER_WORDS[n - 2]
        return str(n)

    def headline(self):
        return self.pick(
            (
                f"{self.arrests} arrested in {self.town} drugs crackdown",
                f"Operation {self.op}: dealers jailed after {self.town} raids",
                f"{self.defendant[0]} {self.defendant[1]} jailed for drug supply in {self.town}",
                f"Police seize £{self.rng.randint(2, 90)},000 of drugs in {self.town}",
                f"'We will find you': {self.town} police warn county lines gangs",
                f"Knife crime falls by {self.rng.randint(3, 30)} per cent in {self.town}",
            )
        )

    def dateline(self):
        d, m, y = self.rng.randint(1, 28), self.rng.randrange(12), self.year
        h, mi = self.rng.randint(0, 23), self.rng.randint(0, 59)
        month = MONTHS[m]
        return self.pick(
            (
                f"{d} {month} {y}, {h:02d}:{mi:02d} | Updated: {d} {month} {y}, {h:02d}:{mi:02d}",
                f"PUBLISHED: {h:02d}:{mi:02d} {d} {month} {y} | UPDATED: {h:02d}:{mi:02d} "
                f"{d} {month} {y}",
                f"Published: {h % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'} {month} {d}, {y}",
                f"{d}th {month[:3]} {y}",
                f"{h:02d}:{mi:02d}, {d} {month} {y}",
                f"Author: {self.pick(FIRST)} {self.pick(LAST)}Published {d}th {month[:3]} {y}",
            )
        )

    def officer_intro(self):
        rank, first, last = self.officer
        role = self.pick(ROLES)
        return f"{rank} {first} {last}, {role},"

    def lede(self):
        town, n = self.town, self.arrests
        return self.pick(
            (
                f"More than {n} people have been arrested in a police operation targeting "
                f"drug gangs in {town}.",
                f"Police in {town} have arrested {n} people as part of Operation {self.op}, "
                f"a crackdown on county lines dealing.",
                f"Officers carried out {self.number(2, 9)} raids across {town} on "
                f"{self.pick(('Monday', 'Tuesday', 'Friday'))}, arresting {self.number(2, 9)} "
                "people.",
                f"Officers found {self.rng.randint(20, 400)} cannabis plants growing in a loft "
                f"in {town} after a warrant was executed.",
            )
        )

    def seizure(self):
        drug = self.pick(DRUGS)
        return self.pick(
            (
                f"Officers seized {self.rng.randint(1, 40)}.{self.rng.randint(1, 9)}kg of {drug}, "
                f"£{self.rng.randint(1, 99)},{self.rng.randint(100, 999)} in cash and "
                f"{self.number(2, 9)} mobile phones.",
                f"Drugs with a street value of £{self.rng.randint(1, 9)}million were recovered, "
                f"along with {self.number(2, 9)} knives.",
                f"{self.force.replace('the ', 'The ', 1)} said about {self.rng.randint(20, 90)} "
                f"addresses had been searched during the {self.pick(UNITS)} investigation.",
            )
        )

    def quote_block(self):
        rank, first, last = self.officer
        lines = self.rng.sample(SPEECH, k=self.rng.randint(1, 4))
        style = self.rng.randrange(4)
        intro = self.officer_intro()
        verb = self.pick(SAYS)
        if style == 0:  # curly, each paragraph reopens, only the last closes
            paras = [f"{intro} {verb}: “{lines[0]}."]
            paras += [f"“{line}." for line in lines[1:]]
            paras[-1] += "”"
        elif style == 1:  # straight, each paragraph closes and reopens
            paras = [f'{intro} {verb}: "{lines[0]}."']
            paras += [f'"{line}."' for line in lines[1:]]
        elif style == 2:  # single marks, attribution after
            paras = [f"‘{lines[0]},’ {rank} {last} {verb}."]
            paras += [f"‘{line}.’" for line in lines[1:]]
        else:  # interrupted by its attribution
            first_line, *rest = lines
            more = rest[0] if rest else "We will keep going"
            paras = [f'"{first_line}," said {rank} {first} {last}. "{more}."']
        if self.rng.random() < 0.4:
            paras.append(f"He added: “Operation {self.op} is far from over.”")
        return paras

    def court(self):
        first, last = self.defendant
        years = self.pick(("three years", "five years and eight months", "18 months", "life"))
        term = "life" if years == "life" else f"{years}"
        return [
            f"{first} {last}, {self.rng.randint(19, 55)}, of {self.pick(TOWNS)} Road, "
            f"{self.town}, admitted conspiracy to supply {self.pick(DRUGS)}.",
            f"{last} was jailed for {term} at {self.town} Crown Court on "
            f"{self.pick(('Monday', 'Wednesday', 'Friday'))}.",
        ]

    def appeal(self):
        return self.pick(
            (
                f"Anyone with information should call {self.force} on 101 or Crimestoppers "
                "anonymously on 0800 555 111.",
                f"Cllr {self.pick(FIRST)} {self.pick(LAST)}, cabinet member for community "
                f"safety at {self.town} Council, said: “This sends a clear message.”",
                f"Knife crime in {self.town} has fallen by {self.rng.randint(2, 25)} per cent "
                f"since the {self.pick(UNITS)} was set up.",
            )
        )

    def background(self):
        town, unit = self.town, self.pick(UNITS)
        return self.pick(
            (
                f"The investigation began in {self.pick(MONTHS)} after residents in {town} "
                "reported a rise in drug dealing and anti-social behaviour near schools and "
                "parks.",
                f"Detectives from the {unit} spent several months gathering intelligence, "
                "using covert surveillance and phone records to map the network.",
                f"The gang used teenagers to carry drugs from London to {town}, police said, "
                "often housing them in the homes of vulnerable adults.",
                f"Over the past year the force has closed {self.rng.randint(5, 60)} drug lines "
                f"linked to {town} and safeguarded {self.rng.randint(10, 90)} children.",
                "Officers also carried out welfare checks on people thought to be at risk of "
                "exploitation, and referred several to support services.",
            )
        )

    def build(self) -> str:
        rng = self.rng
        parts = []
        if rng.random() < 0.85:
            parts.append(self.headline())
            if rng.random() < 0.8:
                parts[-1] += "\n" + self.dateline()
        body = [self.lede(), self.background(), self.seizure()]
        body += [self.background() for _ in range(rng.randint(0, 2))]
        body += self.quote_block()
        if rng.random() < 0.3:
            caption = self.pick(CAPTIONS).format(town=self.town, force=self.force)
            body += [caption, caption] if rng.random() < 0.5 else [caption]
        body += self.court()
        body.append(self.appeal())
        if rng.random() < 0.5:
            body += self.quote_block()
        if rng.random() < 0.15:
            # A clipping that stops mid-sentence.
            body[-1] = body[-1].rstrip('.”"’') + ", and officers said"
        text = "\n\n".join(parts + body)
        return text + ("\n" if rng.random() < 0.7 else "")


def generate(count: int = 1000, seed: int = 20240922) -> list[tuple[str, str]]:
    """(file name, text) for `count` articles; the same seed gives the same corpus."""
    rng = random.Random(seed)
    return [(f"{n:05d}.txt", _Article(rng).build()) for n in range(count)]


def write_corpus(directory: Path, count: int = 1000, seed: int = 20240922) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(count, seed):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1])
    written = write_corpus(target, int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
    print(f"Wrote {len(written)} articles to {target}")
