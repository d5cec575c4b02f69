"""The demo region: Funen (Region Syddanmark), real postcodes with approximate centroids.

Citizens live in, programmes take place in and vacancies are located in these postcodes.
Centroids are approximate town centres (WGS84), good to a few kilometres.
"""

from __future__ import annotations

import numpy as np

# postcode, name, lat, lon, relative population weight
POSTCODES: tuple[tuple[str, str, float, float, float], ...] = (
    ("5000", "Odense C", 55.3959, 10.3883, 30.0),
    ("5200", "Odense V", 55.3931, 10.3346, 14.0),
    ("5210", "Odense NV", 55.4127, 10.3420, 12.0),
    ("5220", "Odense SØ", 55.3763, 10.4360, 12.0),
    ("5230", "Odense M", 55.3795, 10.4124, 12.0),
    ("5240", "Odense NØ", 55.4146, 10.4294, 8.0),
    ("5250", "Odense SV", 55.3540, 10.3450, 9.0),
    ("5260", "Odense S", 55.3480, 10.4070, 9.0),
    ("5270", "Odense N", 55.4260, 10.3700, 8.0),
    ("5290", "Marslev", 55.3900, 10.5200, 1.0),
    ("5300", "Kerteminde", 55.4490, 10.6570, 3.0),
    ("5320", "Agedrup", 55.4180, 10.4900, 1.0),
    ("5330", "Munkebo", 55.4550, 10.5600, 2.0),
    ("5350", "Rynkeby", 55.4330, 10.5830, 0.6),
    ("5370", "Mesinge", 55.4980, 10.6500, 0.4),
    ("5380", "Dalby", 55.5150, 10.6170, 0.5),
    ("5390", "Martofte", 55.5480, 10.6640, 0.4),
    ("5400", "Bogense", 55.5660, 10.0880, 2.0),
    ("5450", "Otterup", 55.5150, 10.3990, 2.0),
    ("5462", "Morud", 55.4450, 10.1880, 0.6),
    ("5463", "Harndrup", 55.4830, 10.1270, 0.4),
    ("5464", "Brenderup Fyn", 55.4830, 9.9800, 0.6),
    ("5466", "Asperup", 55.4950, 9.9180, 0.3),
    ("5471", "Søndersø", 55.4850, 10.2560, 1.2),
    ("5474", "Veflinge", 55.4480, 10.1420, 0.5),
    ("5485", "Skamby", 55.5250, 10.2610, 0.3),
    ("5491", "Blommenslyst", 55.3850, 10.2310, 0.4),
    ("5492", "Vissenbjerg", 55.3850, 10.1350, 1.0),
    ("5500", "Middelfart", 55.5060, 9.7300, 4.0),
    ("5540", "Ullerslev", 55.3640, 10.6560, 0.6),
    ("5550", "Langeskov", 55.3580, 10.5870, 1.2),
    ("5560", "Aarup", 55.3760, 10.0440, 1.0),
    ("5580", "Nørre Aaby", 55.4600, 9.8800, 0.8),
    ("5591", "Gelsted", 55.3910, 9.9750, 0.5),
    ("5592", "Ejby", 55.4280, 9.9310, 0.6),
    ("5600", "Faaborg", 55.0950, 10.2420, 2.5),
    ("5610", "Assens", 55.2700, 9.9000, 2.0),
    ("5620", "Glamsbjerg", 55.2730, 10.1060, 1.0),
    ("5631", "Ebberup", 55.2380, 9.9800, 0.5),
    ("5642", "Millinge", 55.1500, 10.1400, 0.4),
    ("5672", "Broby", 55.2420, 10.2440, 0.6),
    ("5683", "Haarby", 55.2230, 10.1220, 0.6),
    ("5690", "Tommerup", 55.3190, 10.2100, 1.0),
    ("5700", "Svendborg", 55.0600, 10.6080, 5.0),
    ("5750", "Ringe", 55.2380, 10.4800, 2.0),
    ("5762", "Vester Skerninge", 55.0700, 10.4400, 0.4),
    ("5771", "Stenstrup", 55.1280, 10.5130, 0.5),
    ("5772", "Kværndrup", 55.1720, 10.5160, 0.5),
    ("5792", "Årslev", 55.3040, 10.4650, 1.0),
    ("5800", "Nyborg", 55.3120, 10.7890, 3.0),
    ("5853", "Ørbæk", 55.2720, 10.6740, 0.5),
    ("5854", "Gislev", 55.2100, 10.6100, 0.3),
    ("5856", "Ryslinge", 55.2460, 10.5450, 0.5),
    ("5863", "Ferritslev Fyn", 55.3030, 10.5770, 0.4),
    ("5871", "Frørup", 55.2250, 10.7250, 0.3),
    ("5874", "Hesselager", 55.1600, 10.7450, 0.4),
    ("5881", "Skårup Fyn", 55.0850, 10.6870, 0.3),
    ("5883", "Oure", 55.1190, 10.7270, 0.3),
    ("5884", "Gudme", 55.1500, 10.7100, 0.3),
    ("5900", "Rudkøbing", 54.9360, 10.7110, 1.2),
    ("5935", "Bagenkop", 54.7530, 10.6750, 0.2),
    ("5953", "Tranekær", 55.0010, 10.8510, 0.3),
    ("5960", "Marstal", 54.8560, 10.5180, 0.5),
    ("5970", "Ærøskøbing", 54.8880, 10.4120, 0.4),
)

# Where the jobcentre meetings take place (Odense C).
JOBCENTRE_LATLON = (55.4010, 10.3850)

# Bounding box of the region (all centroids plus a small margin); vacancies stay inside it.
BBOX = (54.70, 9.65, 55.65, 11.00)  # lat_min, lon_min, lat_max, lon_max


def postcode_arrays() -> tuple[list[str], list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Codes, names, lat, lon and normalised population weights as parallel arrays."""
    codes = [row[0] for row in POSTCODES]
    names = [row[1] for row in POSTCODES]
    lat = np.array([row[2] for row in POSTCODES])
    lon = np.array([row[3] for row in POSTCODES])
    weight = np.array([row[4] for row in POSTCODES])
    return codes, names, lat, lon, weight / weight.sum()


def distance_km(lat1: np.ndarray, lon1: np.ndarray, lat2, lon2) -> np.ndarray:
    """Great-circle distance (haversine) in kilometres, vectorised."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlmb = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
