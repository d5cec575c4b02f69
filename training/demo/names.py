"""Citizens' names in the demo: per country of birth, following how names are built there.

Display data only (never a model input). The lists are long and the names are built the way
each naming tradition builds them (a Danish middle name, an Arabic or Somali father's and
grandfather's name, a Dutch "tussenvoegsel"), so two demo citizens rarely share a full name;
with the old short lists one name came back 13 times in 20,000 citizens.

`draw_name(rng, origin, gender)` draws from `names_stream(...)`, a stream of its own seeded by
the population (or by one chunk of a streamed population), so names take nothing from the
streams the rest of the demo is drawn from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class NameStyle:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    # "given family": one given name and a family name (with a middle name in `middle` share);
    # "patronymic": given name, father's name, then family name (or grandfather's name when
    # `family` is empty), as in Arabic, Somali and Eritrean names
    pattern: str = "given family"
    middle: float = 0.0  # share with a middle name ...
    middle_from: str = "family"  # ... from the family names, a second given name ("given"),
    patronymics: tuple[tuple[str, str], ...] = ()  # or a patronymic: (for him, for her)


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


DANISH = NameStyle(
    female=_split(
        "Mette Anne Hanne Camilla Louise Sofie Pia Ida Birgitte Kirsten Susanne Lene Tina "
        "Marianne Karen Maria Helle Charlotte Lone Bente Inge Jette Gitte Vibeke Dorte Anja "
        "Line Signe Freja Emma Laura Julie Cecilie Nanna Maja Clara Astrid Ingrid Karoline "
        "Mathilde Rikke Trine Malene Stine Heidi Tanja Lotte Ulla Annette Henriette Katrine "
        "Sara Josefine Ellen Agnes Frida Alberte Liva Gry Lærke Naja Asta Rosa Sigrid"),
    male=_split(
        "Lars Jens Peter Søren Mikkel Rasmus Thomas Kasper Niels Michael Henrik Morten "
        "Anders Martin Christian Jesper Mads Jan Ole Per Hans Jørgen Kim Steen Bo Klaus "
        "Torben Brian Carsten Frank Poul Erik Kristian Simon Jonas Emil Frederik Magnus "
        "Oliver Mathias Tobias Aksel Bjørn Troels Rune Allan Flemming Kenneth Dennis René "
        "Johannes Viktor Anton Malthe Noah Lucas William August Karl Esben Asger Villads"),
    family=_split(
        "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
        "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
        "Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen "
        "Henriksen Lund Schmidt Eriksen Holm Kristiansen Nørgaard Clausen Simonsen Svendsen "
        "Andreasen Iversen Jeppesen Mogensen Vestergaard Jepsen Nissen Lauridsen Kjær "
        "Dam Skov Bach Søndergaard Mathiasen Beck Bruun Holst Koch Winther Lind Berg Nygaard "
        "Bertelsen Friis Dahl Vinther Juhl Toft Lauritsen Brandt Bøgh Kjeldsen Overgaard "
        "Østergaard Frandsen Hedegaard Bjerre Mølgaard Hvid Fisker Krogh Kirkegaard Thygesen "
        "Ravn Lindberg Bang Kjærgaard Abildgaard Damgaard Enevoldsen Gade Storm Bisgaard "
        "Munk Lykke Ibsen Kragh Leth Fog Pagh Mejer Busk Graversen Hald Therkildsen Ladefoged "
        "Hjorth Gregersen Agerskov Steffensen Schou Borup Kofoed Vognsen Lassen Holmgaard"),
    middle=0.75,
)
NORWEGIAN = NameStyle(
    female=_split(
        "Ingrid Kari Silje Anne Ida Marte Ingeborg Hanne Hilde Tone Randi Solveig Astrid Nora "
        "Sigrid Guro Maren Eli Live Oda Thea Tuva Synnøve Ragnhild Torill Berit Gunn Kristin "
        "Marit Liv Vigdis Åse Turid Line Camilla Mari Siri Hege Tonje"),
    male=_split(
        "Ola Henrik Magnus Lars Per Knut Bjørn Arne Odd Tor Geir Rune Trond Jon Eirik Håkon "
        "Sindre Vegard Øystein Sverre Kjetil Terje Espen Stian Audun Harald Torstein Gunnar "
        "Aksel Sondre Jørgen Halvor Ivar Einar Leif Steinar Amund Fredrik Ole Nils"),
    family=_split(
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen "
        "Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl "
        "Jørgensen Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand "
        "Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie "
        "Amundsen Nguyen Rasmussen Ali Lunde Solheim Berntsen Nygård Bakke Kristensen "
        "Aas Brekke Fossum Myhre Sæther Tangen Vik Ødegård Holm Aune Rønning Haaland"),
    middle=0.6,
)
DUTCH = NameStyle(
    female=_split(
        "Sanne Femke Lotte Anouk Eva Lisa Fleur Iris Maud Noor Sophie Julia Anna Lieke Esther "
        "Marieke Ingrid Annemarie Petra Karin Monique Wendy Ilse Saskia Mirjam Judith Linda "
        "Yvonne Bianca Chantal Nicole Sandra Kim Roos Tessa Nienke Merel Floor Marloes"),
    male=_split(
        "Daan Bram Joris Sem Lucas Thijs Ruben Jeroen Sander Bas Tim Niels Wouter Maarten "
        "Pieter Jan Kees Henk Gerrit Willem Dirk Erik Frank Mark Marco Dennis Stefan Rob "
        "Arjen Bart Koen Hugo Jasper Stijn Teun Gijs Luuk Floris Job Mees"),
    family=_split(
        "de_Vries Jansen Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters "
        "Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer "
        "van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Berg van_der_Heijden "
        "van_der_Veen van_den_Broek de_Bruijn de_Jong van_Dijk Schouten van_Beek Willems "
        "van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins "
        "Blom Huisman Peeters de_Lange Kuipers van_Wijk Post Kuiper Veenstra Kramer"),
    middle=0.5, middle_from="given",
)
ARABIC = NameStyle(
    female=_split(
        "Fatima Amal Layla Rana Noor Huda Mariam Aisha Zainab Rasha Dima Hala Lina Reem Salma "
        "Yasmin Nour Hiba Rawan Sara Ghada Maha Samira Widad Suha Manal Dalia Iman Rima Nisreen "
        "Asma Bushra Ruba Sawsan Lubna Hanan Maysa Duaa Aya Shaima"),
    male=_split(
        "Ahmad Mohammed Omar Hassan Yusuf Khaled Ali Mahmoud Ibrahim Mustafa Said Karim Samir "
        "Tarek Walid Bilal Hamza Ammar Anas Fadi Ziad Nabil Rami Majid Hussein Jamal Adnan "
        "Abdullah Salem Yasser Issa Mazen Hani Firas Osama Basel Qasim Nasser Raed Talal"),
    family=_split(
        "Al-Hassan Haddad Khalil Mansour Saleh Ibrahim Nasser Al-Ahmad Darwish Hamdan Qasim "
        "Al-Khatib Shaheen Hijazi Al-Masri Barakat Awad Suleiman Haidar Najjar Sabbagh Farah "
        "Al-Jabouri Al-Obeidi Al-Tamimi Kurdi Zein Hamoud Al-Rifai Khoury Jaber Yassin Taha "
        "Othman Al-Zoubi Rahal Abbas Said Al-Shami Mahfouz Bakr Hamwi Halabi Al-Hariri"),
    pattern="patronymic",
)
SOMALI = NameStyle(
    female=_split(
        "Hodan Faduma Ayaan Hawa Amina Sahra Halima Khadra Nimco Ubah Deeqa Sagal Hibo Asha "
        "Maryan Ifrah Ilhan Sucaad Ruun Ladan Canab Hamdi Idil Najma Xamdi Fartun Saynab "
        "Ikran Muna Bilan"),
    male=_split(
        "Abdi Mahad Liban Ahmed Mohamed Hassan Abdullahi Farah Ali Omar Yusuf Ismail Mohamud "
        "Warsame Abdirahman Abdikarim Said Hussein Jama Nur Osman Aden Ibrahim Dahir Guled "
        "Bashir Sharif Yasin Khalid Mukhtar Abdiwali Hirsi Egal Barre Duale Elmi"),
    family=(),  # Somali names: own, father's and grandfather's name
    pattern="patronymic",
)
ERITREAN = NameStyle(
    female=_split(
        "Helen Semhar Senait Selam Hiwet Yodit Feven Saba Luwam Rahel Meron Winta Nardos "
        "Eden Mebrat Tsega Azieb Almaz Senayt Ruta Yohana Elsa Mahlet Hanna Meaza"),
    male=_split(
        "Yonas Dawit Tesfay Yohannes Berhane Kidane Haile Tekle Mehari Gebremedhin Samuel "
        "Amanuel Filmon Robel Michael Habtom Tsegay Ghebre Mussie Aron Efrem Biniam Henok "
        "Natnael Abraham Medhanie Asmerom Goitom Kibrom Weldu Tesfaldet Zerai Girmay Solomon"),
    family=(),  # own name, father's name, grandfather's name
    pattern="patronymic",
)
UKRAINIAN = NameStyle(
    female=_split(
        "Olena Iryna Tetiana Kateryna Oksana Nataliia Yuliia Svitlana Olha Anna Mariia Viktoriia "
        "Alina Daryna Khrystyna Halyna Liudmyla Larysa Valentyna Nadiia Sofiia Anastasiia "
        "Inna Zoriana Lesia Oleksandra Vira Nina Ivanna Solomiia"),
    male=_split(
        "Andrii Oleksandr Dmytro Yurii Serhii Volodymyr Mykola Ivan Vasyl Bohdan Taras Petro "
        "Oleh Ihor Roman Maksym Artem Denys Vitalii Mykhailo Pavlo Stepan Yaroslav Anatolii "
        "Viktor Ostap Nazar Danylo Kyrylo Vadym"),
    family=_split(
        "Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Kravchenko Boiko Kovalchuk Oliinyk "
        "Shevchuk Koval Polishchuk Tkachuk Savchenko Bondar Marchenko Rudenko Moroz Lysenko "
        "Petrenko Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko "
        "Kharchenko Karpenko Sydorenko Yakovenko Hrytsenko Honcharenko Zinchenko Prykhodko "
        "Martyniuk Kostenko Romaniuk Fedorenko Nazarenko Yurchenko Mazur Hnatiuk Semenko "
        "Ostapenko Demchenko Chernenko Kushnir Zakharchenko Dovzhenko Lytvyn Pylypenko "
        "Sereda Palamarchuk Voitenko Didenko Ivanchuk Kozak Fedoruk Bilyk"),
    middle=0.6, middle_from="patronymic",
    patronymics=tuple(zip(_split(
        "Ivanovych Petrovych Vasylovych Mykolaiovych Oleksandrovych Andriiovych Dmytrovych "
        "Serhiiovych Volodymyrovych Yuriiovych Bohdanovych Tarasovych Stepanovych Pavlovych "
        "Romanovych Viktorovych Olehovych Ihorovych Mykhailovych Anatoliiovych"), _split(
        "Ivanivna Petrivna Vasylivna Mykolaivna Oleksandrivna Andriivna Dmytrivna Serhiivna "
        "Volodymyrivna Yuriivna Bohdanivna Tarasivna Stepanivna Pavlivna Romanivna Viktorivna "
        "Olehivna Ihorivna Mykhailivna Anatoliivna"), strict=True)),
)
TURKISH = NameStyle(
    female=_split("Aylin Elif Zeynep Ayşe Fatma Emine Merve Büşra Esra Selin Derya Gül Hatice "
                  "Songül Özlem Sibel Hülya Yasemin Dilek Sevgi Canan Ebru Seda Melek"),
    male=_split("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan "
                "Ömer Yusuf Kemal Osman Recep Erkan Volkan Cem Deniz Onur Tolga Kaan Emir"),
    family=_split("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
                  "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan "
                  "Güneş Aksoy Tekin Ünal Bulut Keskin Acar Özer Sarı Uçar Avcı Karaca "
                  "Tunç Erdem Bozkurt Durmaz Kalkan"),
    middle=0.5, middle_from="given",
)
POLISH = NameStyle(
    female=_split("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna "
                  "Aleksandra Monika Natalia Karolina Marta Justyna Dorota Beata Paulina"),
    male=_split("Piotr Krzysztof Tomasz Paweł Marek Michał Marcin Jakub Adam Łukasz Grzegorz "
                "Mateusz Wojciech Dariusz Kamil Maciej Rafał Robert Sebastian Artur"),
    family=_split("Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
                  "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
                  "Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk "
                  "Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski"),
    middle=0.5, middle_from="given",
)
ROMANIAN = NameStyle(
    female=_split("Ioana Elena Maria Andreea Alexandra Cristina Mihaela Ana Gabriela Raluca "
                  "Diana Simona Alina Roxana Daniela Irina Oana Bianca"),
    male=_split("Ion Andrei Alexandru Mihai Gheorghe Constantin Florin Adrian Cristian Daniel "
                "Marius Bogdan Ionuț Vasile Radu Cătălin Ștefan Sorin"),
    family=_split("Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu "
                  "Rusu Munteanu Florea Dinu Constantin Mihai Lazăr Toma Neagu Ene Marin "
                  "Dobre Barbu Nistor Moldovan Sandu Cristea Zamfir Tudor"),
    middle=0.5, middle_from="given",
)
GERMAN = NameStyle(
    female=_split("Anna Julia Katharina Sabine Petra Claudia Stefanie Nicole Susanne Andrea "
                  "Birgit Monika Jana Lea Laura Lena Sarah Miriam Franziska Heike"),
    male=_split("Klaus Michael Thomas Andreas Stefan Markus Christian Jürgen Uwe Frank Jens "
                "Tobias Jan Felix Lukas Jonas Florian Sebastian Matthias Wolfgang"),
    family=_split("Schmidt Müller Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
                  "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann "
                  "Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier"),
    middle=0.5, middle_from="given",
)
AFGHAN = NameStyle(
    female=_split("Zahra Maryam Fatima Soraya Parwana Nilofar Shabnam Farzana Malalai Roya "
                  "Mariam Laila Nargis Shirin Freshta Hosai Mursal Zarghuna"),
    male=_split("Ahmad Mohammad Abdul Naveed Farid Jawad Hamid Ghulam Rahim Karim Wahid "
                "Zabihullah Sayed Mirwais Najib Rahmatullah Masood Habib Omid Nasir"),
    family=_split("Ahmadi Rahimi Hakimi Noori Sultani Karimi Hussaini Mohammadi Azizi Sharifi "
                  "Rezaei Samadi Jafari Popal Durrani Wardak Safi Stanekzai Amiri Haidari "
                  "Yousufzai Habibi Naseri Qaderi Baheer Zaheer Nazari Rasuli Hamidi Osmani "
                  "Faizi Akbari Mirzaei Kohistani Ghani Aziz"),
    middle=0.6, middle_from="given",
)
PAKISTANI = NameStyle(
    female=_split("Ayesha Fatima Sana Hina Saima Nadia Amna Mehwish Rabia Sadia Bushra Uzma "
                  "Shazia Nimra Iqra Kiran Farah Zainab Samina Rukhsana Naila Humaira Sobia "
                  "Ambreen Fozia Tahira"),
    male=_split("Muhammad Ahmed Ali Hassan Usman Bilal Imran Kashif Tariq Faisal Asif Zubair "
                "Adnan Irfan Shahid Waqas Junaid Nadeem Sajid Kamran Naveed Khurram Atif Rizwan "
                "Saqib Shoaib Umair Zeeshan"),
    family=_split("Khan Ahmed Ali Hussain Shah Malik Butt Chaudhry Qureshi Sheikh Iqbal Raza "
                  "Akhtar Mirza Siddiqui Javed Rana Baig Aslam Anwar Bhatti Awan Abbasi "
                  "Hashmi Nawaz Saleem"),
    middle=0.6, middle_from="given",
)
THAI = NameStyle(
    female=_split("Siriporn Nong Malee Ratana Kanya Pim Suda Wanida Anong Duangjai "
                  "Nittaya Pensri Sunisa Jintana Kulap Lamai Araya Kanokwan Supaporn Pornthip "
                  "Wilaiwan Sasithorn Chanida Rattana Pranee Orathai Thidarat Wipawee"),
    male=_split("Somchai Somsak Prasert Sompong Anan Kittisak Chaiwat Surachai Wichai Thawatchai "
                "Nattapong Pongsak Sakda Tawan Wirot Boonsong Apichat Krit Anucha Chatchai "
                "Sombat Prayut Niran Kriangsak Suthep Wanchai Thanakorn Phichit"),
    family=_split("Saetang Srisuk Wongsawat Chaiyaporn Suksawat Thongchai Kaewkla Rattanakorn "
                  "Phromma Boonmee Sangthong Chantharat Inthawong Sukprasert Keawsri "
                  "Srisawat Phanthong Ruangrit Jaidee Yodkham Thammasat Klinsukon "
                  "Wattanapong Sirisombat Chaisiri Prasertsuk Thongdee Rakchart Somboon "
                  "Kongkaew Jitpakdee Sriwong Intarasuk Meesuk Buasri Pongpan Chanthara"),
)
FILIPINO = NameStyle(
    female=_split("Maria Ana Rosalinda Jocelyn Maricel Cristina Liza Rowena Marites Grace "
                  "Joy Lovely Angelica Kristine Jennifer Michelle Rhea Aileen"),
    male=_split("Jose Juan Antonio Mark Jayson Rodel Ronald Reynaldo Ramon Carlo Paolo "
                "Christian Joel Arnel Romeo Edwin Noel Rommel"),
    family=_split("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos "
                  "Aquino Castillo Dela_Cruz Flores Gonzales Rivera Navarro Mercado Aguilar "
                  "Domingo Salazar Soriano Pascual Manalo Dizon"),
    middle=0.7,  # the mother's maiden name
)
BOSNIAN = NameStyle(
    female=_split("Amra Lejla Selma Amela Alma Emina Azra Merima Edina Sanela Jasmina Aida "
                  "Mirela Nermina Lamija Sabina Elma Dženana"),
    male=_split("Emir Adnan Amir Haris Mirza Tarik Kenan Edin Nermin Almir Samir Senad Jasmin "
                "Armin Dino Elvir Damir Muhamed"),
    family=_split("Hodžić Hadžić Kovačević Delić Begić Mehmedović Karić Smajić Ibrahimović "
                  "Halilović Mujić Hasanović Alić Husić Salihović Omerović Jusić Softić "
                  "Muratović Bešić Dedić Mešić Avdić Ćatić Kadrić Bajrić Hrustić Zukić "
                  "Šehić Čolić Imamović Suljić Pašić Hasić"),
    middle=0.4, middle_from="given",
)
MIXED = NameStyle(  # anyone else: the most common European given and family names
    female=GERMAN.female + POLISH.female[:8],
    male=GERMAN.male + POLISH.male[:8],
    family=GERMAN.family + POLISH.family,
)
STYLES = {
    "DK": DANISH, "NO": NORWEGIAN, "NL": DUTCH, "SY": ARABIC, "IQ": ARABIC, "LB": ARABIC,
    "SO": SOMALI, "ER": ERITREAN, "UA": UKRAINIAN, "TR": TURKISH, "PL": POLISH,
    "RO": ROMANIAN, "DE": GERMAN, "AF": AFGHAN, "PK": PAKISTANI, "TH": THAI, "PH": FILIPINO,
    "BA": BOSNIAN,
}


def _pick(rng: np.random.Generator, names: tuple[str, ...]) -> str:
    return names[int(rng.integers(len(names)))].replace("_", " ")


def draw_name(rng: np.random.Generator, origin: str, gender: str) -> str:
    """A full name for a citizen born in `origin` of `gender` ("f", "m" or "x")."""
    style = STYLES.get(origin, MIXED)
    given_from = {"f": style.female, "m": style.male}.get(
        gender, style.female if rng.random() < 0.5 else style.male)
    given = _pick(rng, given_from)
    if style.pattern == "patronymic":
        if style.family:
            return f"{given} {_pick(rng, style.male)} {_pick(rng, style.family)}"
        father, grandfather = rng.choice(len(style.male), size=2, replace=False)
        return f"{given} {style.male[father]} {style.male[grandfather]}"
    family = _pick(rng, style.family)
    if not style.middle or rng.random() >= style.middle:
        return f"{given} {family}"
    if style.middle_from == "patronymic":
        for_him, for_her = style.patronymics[int(rng.integers(len(style.patronymics)))]
        return f"{given} {for_her if given in style.female else for_him} {family}"
    pool = style.family if style.middle_from == "family" else given_from
    middle = _pick(rng, pool)
    if middle in (given, family):
        return f"{given} {family}"
    return f"{given} {middle} {family}"


def names_stream(origin: np.ndarray, gender: np.ndarray, birth_year: np.ndarray
                 ) -> np.random.Generator:
    """A random stream for the names of one population (or one chunk of it), seeded by the
    population itself: drawing names takes nothing from the streams the rest of the demo
    is drawn from, so every other value of the demo stays what it was."""
    digest = hashlib.sha256(b"names\x1f" + origin.astype(str).tobytes() + b"\x1f"
                            + gender.astype(str).tobytes() + b"\x1f"
                            + np.asarray(birth_year, dtype=np.int64).tobytes()).digest()
    return np.random.default_rng(np.frombuffer(digest, dtype=np.uint32))
