"""Kazakhstan's 17 regions and 3 cities of national significance (as of the 2022 reform),
the focus areas organisations choose from, and the "Commission administrators" group that
verifies organisations. Another country's commission replaces this data, not the code."""

from django.db import migrations

REGIONS = [
    # code, kind, kk, ru, en
    ("astana", "city", "Астана қаласы", "город Астана", "Astana"),
    ("almaty-city", "city", "Алматы қаласы", "город Алматы", "Almaty"),
    ("shymkent", "city", "Шымкент қаласы", "город Шымкент", "Shymkent"),
    ("abai", "region", "Абай облысы", "Абайская область", "Abai Region"),
    ("akmola", "region", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("aktobe", "region", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("almaty", "region", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("atyrau", "region", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    ("east-kazakhstan", "region", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ("jambyl", "region", "Жамбыл облысы", "Жамбылская область", "Jambyl Region"),
    ("jetisu", "region", "Жетісу облысы", "Жетысуская область", "Jetisu Region"),
    ("karaganda", "region", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("kostanay", "region", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("kyzylorda", "region", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("mangystau", "region", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("north-kazakhstan", "region", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    ("pavlodar", "region", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    ("turkistan", "region", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("ulytau", "region", "Ұлытау облысы", "Улытауская область", "Ulytau Region"),
    ("west-kazakhstan", "region", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
]

FOCUS_AREAS = [
    ("children", "Бала құқықтары", "Права детей", "Children's rights"),
    ("women", "Әйелдер құқықтары және гендерлік теңдік", "Права женщин и гендерное равенство", "Women's rights and gender equality"),
    ("disability", "Мүгедектігі бар адамдардың құқықтары", "Права людей с инвалидностью", "Rights of persons with disabilities"),
    ("migration", "Көші-қон және босқындар", "Миграция и беженцы", "Migration and refugees"),
    ("labour", "Еңбек және әлеуметтік құқықтар", "Трудовые и социальные права", "Labour and social rights"),
    ("justice", "Сот төрелігі және азаматтық процесс", "Правосудие и справедливый суд", "Justice and fair trial"),
    ("detention", "Азаптаудың алдын алу және бас бостандығынан айыру орындары", "Предупреждение пыток и места лишения свободы", "Torture prevention and places of detention"),
    ("expression", "Сөз және ақпарат бостандығы", "Свобода слова и информации", "Freedom of expression and information"),
    ("education", "Құқықтық білім беру", "Правовое просвещение", "Human rights education"),
    ("environment", "Экологиялық құқықтар", "Экологические права", "Environmental rights"),
]


def load(apps, schema_editor):
    Region = apps.get_model("partners", "Region")
    FocusArea = apps.get_model("partners", "FocusArea")
    for order, (code, kind, kk, ru, en) in enumerate(REGIONS):
        Region.objects.update_or_create(
            code=code,
            defaults={"kind": kind, "name_kk": kk, "name_ru": ru, "name_en": en, "sort_order": order},
        )
    for code, kk, ru, en in FOCUS_AREAS:
        FocusArea.objects.update_or_create(
            code=code, defaults={"name_kk": kk, "name_ru": ru, "name_en": en}
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    organisation_type, _ = ContentType.objects.get_or_create(app_label="partners", model="organisation")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    group, _ = Group.objects.get_or_create(name="Commission administrators")
    wanted = [
        (admin_type, "access_admin", "Can access Wagtail admin"),
        (organisation_type, "decide_organisation", "Can verify, reject and suspend organisations"),
        (organisation_type, "view_organisation", "Can view organisation"),
        (organisation_type, "change_organisation", "Can change organisation"),
    ]
    for content_type, codename, name in wanted:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def unload(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Commission administrators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_organisations"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(load, unload)]
