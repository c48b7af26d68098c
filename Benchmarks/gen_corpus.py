#!/usr/bin/env python3
"""Generate a benchmark corpus of EIG proposal manifests from examples/.

    python3 Benchmarks/gen_corpus.py --files 2000 [--seed 7] [--out Benchmarks/.corpus-2000]

Every file is made by templating the text of a compliant example (values replaced with regular
expressions; comments and layout kept), never by loading and dumping YAML. Every tenth file
(index 9, 19, 29, ...) is broken in one of several ways, cycling through MUTATIONS so that each
kind appears about equally. The output is deterministic for a given (seed, index): the first 2 000
files of a 10 000-file corpus are the 2 000 files of the 2 000-file corpus.

Writes `corpus.tsv` (file, template, expected outcome, mutation) next to the manifests; its
extension keeps it out of what conforme, yamale and the floor read. A `.stamp` file records the
parameters, so a corpus that already matches is not rewritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

COMPLIANT = ["proposition-conforme.yml", "internalisation-conforme.yml", "fiche-produit.md"]

PRODUCTS = [
    "Déclic", "Sentiers", "Cantine", "Repère", "Boussole", "Passerelle", "Carto", "Trajectoire",
    "Signal", "Relais", "Vigie", "Ancrage", "Horizon", "Écluse", "Jalon", "Tremplin", "Sillage",
    "Balise", "Fil", "Canopée",
]
THEMES = [
    "Logement", "Eau", "Mobilités", "Santé", "Emploi", "Forêts", "Patrimoine", "Justice",
    "Énergie", "Alimentation", "Éducation", "Culture", "Sport", "Numérique", "Climat", "Littoral",
]
FIRST = [
    "Camille", "Karim", "Hélène", "Bastien", "Marc", "Inès", "Léa", "Yanis", "Chloé", "Mehdi",
    "Sarah", "Thomas", "Aïcha", "Julien", "Manon", "Nicolas", "Élodie", "Paul", "Fatou", "Hugo",
]
LAST = [
    "Martin", "Benali", "Dufresne", "Morel", "Lefèvre", "Garnier", "Bernard", "Diallo", "Petit",
    "Nguyen", "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Lambert", "Faure", "Rousseau",
]
WRONG_LICENCES = ["EUPL-2.0", "apache-2.0", "GPL-3.0", "Propriétaire", "CC-BY-4.0", "MIT License"]

DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def ascii_slug(text: str) -> str:
    table = str.maketrans("àâäçéèêëîïôöùûüÿœæÀÂÉÈÊÎÔÛÇ", "aaaceeeeiioouuuyoaAAEEEIOUC")
    return re.sub(r"[^a-z0-9]+", "-", text.translate(table).lower()).strip("-")


def load_template(name: str) -> str:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".md"):  # keep the YAML front matter only: the other tools read plain YAML
        lines = text.split("\n")
        assert lines[0] == "---", name
        end = lines.index("---", 1)
        text = "\n".join(lines[1:end]) + "\n"
    return text


def sub1(pattern: str, repl, text: str, flags: int = re.M) -> str:
    """re.sub that must match at least once: a template change must not go unnoticed."""
    new, n = re.subn(pattern, repl, text, flags=flags)
    if n == 0:
        raise RuntimeError(f"gen_corpus: pattern {pattern!r} not found in template")
    return new


def vary(text: str, rng: random.Random, index: int) -> str:
    """A compliant manifest with its names, numbers and dates changed."""
    old_name = re.search(r"^projet:\n  nom: (.+)$", text, re.M).group(1)
    old_slug = re.search(r"startups/([a-z0-9-]+)\.html", text).group(1)
    name = f"{rng.choice(PRODUCTS)} {rng.choice(THEMES)} {index:05d}"
    slug = ascii_slug(name)
    text = text.replace(old_name, name).replace(old_slug, slug)

    # Contacts: the only `nom:` lines indented by exactly four spaces, each followed by an e-mail.
    for old in set(re.findall(r"^    nom: (.+)$", text, re.M)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        text = text.replace(f"nom: {old}\n", f"nom: {first} {last}\n")
        old_local = ascii_slug(old).replace("-", ".")
        text = text.replace(f"{old_local}@", f"{ascii_slug(first)}.{ascii_slug(last)}@")

    text = sub1(r"(budget_12_mois: )\d+", lambda m: m.group(1) + str(rng.randrange(80, 2000) * 1000), text)
    text = re.sub(r"(nombre_entretiens: )\d+", lambda m: m.group(1) + str(rng.randrange(20, 61)), text)
    text = re.sub(r"^(\s+cible: )(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) * rng.randrange(1, 5)), text, flags=re.M)

    # One shift for every date keeps their order, keeps investigations finished and indicator
    # deadlines in the future with --today 2024-06-01.
    shift = dt.timedelta(days=rng.randrange(-120, 31))
    text = DATE.sub(lambda m: (dt.date(*map(int, m.groups())) + shift).isoformat(), text)

    if rng.random() < 0.3:  # a little variety in size
        text = sub1(r"^(  objectifs_12_mois:\n)", lambda m: m.group(1) + f"    - Ouverture du service dans {rng.randrange(2, 9)} nouveaux territoires\n", text)
    return text


# ── Breakages: each takes a compliant text and returns a broken one ──────────────────────────

def wrong_licence(t, rng):
    return sub1(r"^(    licence: )\S+", lambda m: m.group(1) + rng.choice(WRONG_LICENCES), t)


def missing_section(t, rng):
    section = rng.choice(["ambition", "engagements", "dispositif", "contacts"])
    return sub1(rf"^{section}:.*?\n(?=\S)", "", t, flags=re.M | re.S)


def bad_type(t, rng):
    return rng.choice([
        lambda t: sub1(r"^(  nombre_eig: )\d+", r"\1deux", t),
        lambda t: sub1(r"^(  budget_12_mois: )\d+", r'\1"450 000 €"', t),
        lambda t: sub1(r"^(  comites_investissement_par_an: )\d+", r"\1[2]", t),
        lambda t: sub1(r"^(  objectifs_12_mois:)\n    - ", r"\1 ", t),  # a list becomes text
    ])(t)


def yaml_syntax_error(t, rng):
    return rng.choice([
        lambda t: sub1(r'^(  incubateur: )(.+)$', r'\1"\2', t),                      # unclosed quote
        lambda t: sub1(r"^  (lieu_de_travail: )(.+)$", "\t\\1\\2", t),                # tab indentation
        lambda t: sub1(r"^(  lieu_de_travail: )(.+)$", r"\1\2: bâtiment A", t),       # ': ' in a plain value
        lambda t: sub1(r"^(  sigle: )(.+)$", r"\1[\2", t),                            # unclosed flow sequence
    ])(t)


def unknown_key(t, rng):
    return rng.choice([
        lambda t: sub1(r"^transparence:", "transparance:", t),
        lambda t: sub1(r"^  fiche_beta:", "  fiche_beat:", t),
        lambda t: sub1(r"^(    )licence:", r"\1license:", t),
        lambda t: sub1(r"^(engagements:.*\n)", r"\1  budget_annuel: 12000\n", t),
    ])(t)


def duplicate_key(t, rng):
    return sub1(r"^(  incubateur: .+\n)", r"\1  incubateur: dinum\n", t)


def bad_enum(t, rng):
    return rng.choice([
        lambda t: sub1(r"^(  type: )(administration-centrale|operateur)", r"\1collectivite-territoriale", t),
        lambda t: sub1(r"^(  phase: )\w+", r"\1consolidation", t),
        lambda t: sub1(r"^(    - profil: )[\w-]+", r"\1design", t),
        lambda t: sub1(r"^(  accessibilite: )([a-z ]+?)( *#.*)?$", r'\1"\2 "\3', t),  # trailing space
    ])(t)


def bad_pattern(t, rng):
    return rng.choice([
        lambda t: sub1(r"^(  fiche_beta: )\S+", r"\1https://beta.gouv.fr/fast/", t),
        lambda t: sub1(r"^(    depot: )https://", r"\1http://", t),
        lambda t: sub1(r"^(    email: )([\w.-]+)@\S+", r"\1\2", t, flags=re.M),
    ])(t)


def too_short(t, rng):
    return rng.choice([
        lambda t: sub1(r"^(  politique_publique: )>-\n(    .+\n)+", r"\1Santé.\n", t),
        lambda t: sub1(r"^(  experimentation: ).+$", r"\1Tester.", t),
        lambda t: sub1(r"^(      mission_pressentie: )>-\n(        .+\n)+", r"\1Piloter le produit.\n", t),
    ])(t)


def not_a_boolean(t, rng):
    return sub1(r"^(  (?:pilotage_confie_aux_eig|acces_locaux): )true", lambda m: m.group(1) + rng.choice(["yes", "oui", "false"]), t)


def out_of_range(t, rng):
    return rng.choice([
        lambda t: sub1(r"^(  nombre_eig: )\d+", r"\g<1>3", t),
        lambda t: sub1(r"^(  teletravail_jours_par_semaine: )\d+", r"\g<1>1", t),
        lambda t: sub1(r"^(promotion: )\d+", r"\g<1>8", t),
    ])(t)


MUTATIONS = [
    wrong_licence, missing_section, bad_type, yaml_syntax_error, unknown_key, duplicate_key,
    bad_enum, bad_pattern, too_short, not_a_boolean, out_of_range, "echec-example",
]


def make(index: int, seed: int, templates: dict[str, str], failing: dict[str, str]):
    """(file name, text, template, expected, mutation) for one index; depends on (seed, index) only."""
    rng = random.Random(f"{seed}:{index}")
    if index % 10 != 9:
        tpl = COMPLIANT[index % len(COMPLIANT)]
        return f"proposition-{index:05d}.yml", vary(templates[tpl], rng, index), tpl, "pass", "-"
    mutation = MUTATIONS[(index // 10) % len(MUTATIONS)]
    if mutation == "echec-example":
        tpl = sorted(failing)[(index // 10 // len(MUTATIONS)) % len(failing)]
        text = vary(failing[tpl], rng, index)
        return f"proposition-{index:05d}.yml", text, tpl, "fail", "echec-example"
    tpl = COMPLIANT[index % len(COMPLIANT)]
    text = vary(templates[tpl], rng, index)
    broken = mutation(text, rng)
    assert broken != text, (index, mutation.__name__)
    return f"proposition-{index:05d}.yml", broken, tpl, "fail", mutation.__name__


def generator_fingerprint() -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    for p in sorted(EXAMPLES.iterdir()):
        if p.is_file():  # examples/expected/ holds the golden reports
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def generate(n: int, seed: int, out: Path, quiet: bool = False) -> Path:
    stamp = f"files={n} seed={seed} generator={generator_fingerprint()}\n"
    stamp_file = out / ".stamp"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        if not quiet:
            print(f"corpus {out} is up to date ({n} files)", file=sys.stderr)
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    templates = {name: load_template(name) for name in COMPLIANT}
    failing = {p.name: load_template(p.name) for p in sorted(EXAMPLES.glob("echec-*.yml"))}
    rows = ["file\ttemplate\texpected\tmutation"]
    size = 0
    for i in range(n):
        name, text, tpl, expected, mutation = make(i, seed, templates, failing)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        size += len(data)
        rows.append(f"{name}\t{tpl}\t{expected}\t{mutation}")
    (out / "corpus.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    stamp_file.write_text(stamp)
    if not quiet:
        print(f"corpus {out}: {n} files, {size / 1e6:.1f} MB, {sum(1 for r in rows[1:] if r.endswith('-')) } expected to pass",
              file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="default: Benchmarks/.corpus-FILES")
    args = ap.parse_args()
    generate(args.files, args.seed, args.out or ROOT / "Benchmarks" / f".corpus-{args.files}")


if __name__ == "__main__":
    main()
