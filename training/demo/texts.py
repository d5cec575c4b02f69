"""Interests and CV text templates in the citizens' languages (display data only)."""

from __future__ import annotations

# The demo once drew names from short lists (one name came back 13 times in 20,000 citizens);
# names now come from `training.demo.names`. The random draws the old lists took are still
# made, with these list sizes, so that every other value of a demo stays the same.
LEGACY_DRAWS = {"DK": (18, 14), "ar": (12, 7), "so": (6, 5), "ti": (6, 5), "uk": (8, 6),
                "nb": (6, 6), "nl": (6, 6), "en": (16, 12)}
NAME_GROUP = {"DK": "DK", "SY": "ar", "IQ": "ar", "LB": "ar", "SO": "so", "ER": "ti",
              "UA": "uk", "NO": "nb", "NL": "nl"}

INTERESTS = ["kundeservice", "lager og logistik", "rengøring", "madlavning", "transport",
             "omsorg", "håndværk", "IT", "butik", "byggeri", "landbrug", "kontor", "børn",
             "udendørs arbejde", "produktion"]

# {name} {jobs} {skills} {interest}; languages without a template write their CV in Danish.
CV_TEMPLATES = {
    "da": "Mit navn er {name}. Erhvervserfaring: {jobs}. Kompetencer: {skills}. "
          "Jeg søger job inden for {interest} og kan starte med det samme.",
    "en": "My name is {name}. Work experience: {jobs}. Skills: {skills}. "
          "I am looking for work in {interest} and can start immediately.",
    "nb": "Jeg heter {name}. Arbeidserfaring: {jobs}. Kompetanse: {skills}. "
          "Jeg søker jobb innen {interest}.",
    "nn": "Eg heiter {name}. Arbeidserfaring: {jobs}. Kompetanse: {skills}. "
          "Eg søkjer jobb innan {interest}.",
    "nl": "Mijn naam is {name}. Werkervaring: {jobs}. Vaardigheden: {skills}. "
          "Ik zoek werk in {interest}.",
    "ar": "اسمي {name}. الخبرة العملية: {jobs}. المهارات: {skills}. "
          "أبحث عن عمل في مجال {interest}.",
    "uk": "Мене звати {name}. Досвід роботи: {jobs}. Навички: {skills}. "
          "Шукаю роботу у сфері {interest}.",
}
# Language of job titles and skill labels inside a CV written in each language.
TITLE_LANG = {"da": "da", "en": "en", "nb": "nb", "nn": "nb", "nl": "nl", "ar": "en", "uk": "en"}

EMPLOYER_PARTS = (["Fyns", "Odense", "Syddansk", "Lillebælt", "Nordfyns", "Svendborg", "Nyborg",
                   "Ærø", "Faaborg", "Middelfart", "Assens", "Kerteminde"],
                  ["Lager", "Service", "Byg", "Transport", "Pleje", "Køkken", "Rengøring",
                   "Metal", "Handel", "Logistik", "Produktion", "Data"],
                  ["ApS", "A/S", "I/S", "Kommune", "og Co."])

VACANCY_TEXT = ("{employer} søger en {title} til {town}. Vi forventer: {skills}. "
                "Arbejdstid: {hours} timer om ugen. Ansøgningsfrist: {deadline}.")
