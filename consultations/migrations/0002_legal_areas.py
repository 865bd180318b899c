"""The legal areas drafts are filed under, as data (editors pick one per consultation)."""

from django.db import migrations

AREAS = [
    ("constitutional", "Конституциялық құқық және мемлекеттік басқару", "Конституционное право и государственное управление", "Constitutional law and public administration"),
    ("civil-society", "Азаматтық қоғам және коммерциялық емес ұйымдар", "Гражданское общество и некоммерческие организации", "Civil society and non-profit organisations"),
    ("criminal", "Қылмыстық құқық және қылмыстық процесс", "Уголовное право и уголовный процесс", "Criminal law and procedure"),
    ("administrative", "Әкімшілік құқық бұзушылықтар және рәсімдер", "Административные правонарушения и процедуры", "Administrative offences and procedures"),
    ("labour-social", "Еңбек және әлеуметтік қорғау", "Труд и социальная защита", "Labour and social protection"),
    ("children-family", "Балалар мен отбасы", "Дети и семья", "Children and family"),
    ("health", "Денсаулық сақтау", "Здравоохранение", "Health"),
    ("education", "Білім беру", "Образование", "Education"),
    ("migration", "Көші-қон және азаматтық", "Миграция и гражданство", "Migration and citizenship"),
    ("information", "Ақпарат, сөз бостандығы және дербес деректер", "Информация, свобода слова и персональные данные", "Information, freedom of expression and personal data"),
    ("elections", "Сайлау және референдумдар", "Выборы и референдумы", "Elections and referendums"),
    ("disability", "Мүгедектігі бар адамдардың құқықтары", "Права лиц с инвалидностью", "Rights of persons with disabilities"),
]


def load(apps, schema_editor):
    LegalArea = apps.get_model("consultations", "LegalArea")
    for code, kk, ru, en in AREAS:
        LegalArea.objects.update_or_create(
            code=code, defaults={"name_kk": kk, "name_ru": ru, "name_en": en}
        )


def unload(apps, schema_editor):
    apps.get_model("consultations", "LegalArea").objects.filter(
        code__in=[code for code, *_ in AREAS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("consultations", "0001_consultations")]

    operations = [migrations.RunPython(load, unload)]
