"""Names, interests and CV text templates in the citizens' languages (display data only)."""

from __future__ import annotations

FIRST = {
    "DK": ["Mette", "Lars", "Anne", "Jens", "Hanne", "Peter", "Camilla", "Søren", "Louise",
           "Mikkel", "Sofie", "Rasmus", "Pia", "Thomas", "Ida", "Kasper", "Birgitte", "Niels"],
    "ar": ["Ahmad", "Fatima", "Mohammed", "Amal", "Omar", "Layla", "Hassan", "Rana", "Yusuf",
           "Noor", "Khaled", "Huda"],
    "so": ["Abdi", "Hodan", "Mahad", "Faduma", "Ayaan", "Liban"],
    "ti": ["Yonas", "Helen", "Semhar", "Dawit", "Senait", "Tesfay"],
    "uk": ["Olena", "Andrii", "Iryna", "Oleksandr", "Tetiana", "Dmytro", "Kateryna", "Yurii"],
    "nb": ["Ingrid", "Ola", "Kari", "Henrik", "Silje", "Magnus"],
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"],
    "en": ["Anna", "Marek", "Elena", "Ali", "Maria", "Piotr", "Aylin", "Mehmet", "Nisha",
           "Tomasz", "Ioana", "Somchai", "Jasmin", "Emir", "Klaus", "Rosa"],
}
LAST = {
    "DK": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
           "Sørensen", "Rasmussen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"],
    "ar": ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "Ibrahim", "Nasser"],
    "so": ["Hassan", "Warsame", "Farah", "Abdullahi", "Mohamud"],
    "ti": ["Tesfaye", "Gebremedhin", "Haile", "Berhane", "Kidane"],
    "uk": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"],
    "nb": ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Lie"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder"],
    "en": ["Kowalski", "Popescu", "Yilmaz", "Khan", "Demir", "Novak", "Schmidt", "Santos",
           "Wong", "Hodžić", "Bui", "Kaya"],
}
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
