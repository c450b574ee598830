"""Build plans for the chosen families and print them with each family's producer, gold beside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from samples.plangen.build import build_plan
from samples.plangen.families import select
from samples.plangen.holdout import HoldFamily, HPlan, build_holdout
from samples.plangen.holdout2 import H2Family, H2Plan, build_holdout2
from samples.plangen.holdout3 import H3Family, H3Plan, build_holdout3
from samples.plangen.holdout4 import H4Family, H4Plan, build_holdout4
from samples.plangen.holdout5 import H5Family, H5Plan, build_holdout5
from samples.plangen.holdout6 import H6Family, H6Plan, build_holdout6
from samples.plangen.holdout7 import H7Family, H7Plan, build_holdout7
from samples.plangen.holdout8 import H8Family, H8Plan, build_holdout8
from samples.plangen.holdout9 import H9Family, build_holdout9
from samples.plangen.holdout10 import H10Family, build_holdout10
from samples.plangen.holdout11 import H11Family, build_holdout11
from samples.plangen.holdout12 import H12Family, build_holdout12
from samples.plangen.holdout13 import H13Family, build_holdout13
from samples.plangen.holdout14 import H14Family, build_holdout14
from samples.plangen.holdout15 import H15Family, build_holdout15
from samples.plangen.holdout16 import H16Family, build_holdout16
from samples.plangen.holdout17 import H17Family, build_holdout17
from samples.plangen.holdout18 import H18Family, build_holdout18
from samples.plangen.holdout19 import H19Family, build_holdout19
from samples.plangen.holdout20 import H20Family, build_holdout20
from samples.plangen.holdout21 import H21Family, build_holdout21
from samples.plangen.holdout22 import H22Family, build_holdout22
from samples.plangen.holdout23 import H23Family, build_holdout23
from samples.plangen.holdout24 import H24Family, build_holdout24
from samples.plangen.holdout25 import H25Family, build_holdout25
from samples.plangen.holdout26 import H26Family, build_holdout26
from samples.plangen.holdout27 import H27Family, build_holdout27
from samples.plangen.holdout28 import H28Family, build_holdout28
from samples.plangen.holdout29 import H29Family, build_holdout29
from samples.plangen.holdout30 import H30Family, build_holdout30
from samples.plangen.holdout31 import H31Family, build_holdout31
from samples.plangen.holdout32 import H32Family, build_holdout32
from samples.plangen.holdout33 import H33Family, build_holdout33
from samples.plangen.holdout34 import H34Family, build_holdout34
from samples.plangen.holdout35 import H35Family, build_holdout35
from samples.plangen.holdout36 import H36Family, build_holdout36
from samples.plangen.holdout37 import H37Family, build_holdout37
from samples.plangen.holdout38 import H38Family, build_holdout38
from samples.plangen.holdout39 import H39Family, build_holdout39
from samples.plangen.holdout40 import H40Family, build_holdout40
from samples.plangen.holdout41 import H41Family, build_holdout41
from samples.plangen.holdout42 import H42Family, build_holdout42
from samples.plangen.holdout43 import H43Family, build_holdout43
from samples.plangen.holdout44 import H44Family, build_holdout44
from samples.plangen.holdout45 import H45Family, build_holdout45
from samples.plangen.holdout46 import H46Family, build_holdout46
from samples.plangen.holdout47 import H47Family, build_holdout47
from samples.plangen.holdout48 import H48Family, build_holdout48
from samples.plangen.holdout49 import H49Family, build_holdout49
from samples.plangen.holdout50 import H50Family, build_holdout50
from samples.plangen.holdout51 import H51Family, build_holdout51
from samples.plangen.holdout52 import H52Family, build_holdout52
from samples.plangen.holdout53 import H53Family, build_holdout53
from samples.plangen.holdout54 import H54Family, build_holdout54
from samples.plangen.holdout55 import H55Family, build_holdout55
from samples.plangen.holdout56 import H56Family, build_holdout56
from samples.plangen.holdout57 import H57Family, build_holdout57
from samples.plangen.holdout58 import H58Family, build_holdout58
from samples.plangen.holdout59 import H59Family, build_holdout59
from samples.plangen.holdout60 import H60Family, build_holdout60
from samples.plangen.holdout61 import H61Family, build_holdout61
from samples.plangen.holdout62 import H62Family, build_holdout62
from samples.plangen.holdout63 import H63Family, build_holdout63
from samples.plangen.holdout64 import H64Family, build_holdout64
from samples.plangen.holdout65 import H65Family, build_holdout65
from samples.plangen.holdout66 import H66Family, build_holdout66
from samples.plangen.model import Plan


def write_gold(
    plan: Plan | HPlan | H2Plan | H3Plan | H4Plan | H5Plan | H6Plan | H7Plan | H8Plan,
    folder: Path,
    pdf_name: str,
) -> Path:
    gold = {"file": pdf_name, "family": plan.family, "split": plan.split,
            "producer": plan.producer, **plan.gold, "features": plan.features}  # fmt: skip
    gold["file"] = pdf_name
    path = folder / f"{plan.name}.json"
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    return path


def generate(out: Path, families: str, seed: int, n: int,
             producers: set[str] | None = None) -> dict[str, list[str]]:  # fmt: skip
    """Write n plans per family; returns the plan names per family."""
    made: dict[str, list[str]] = {}
    for fam in select(families):
        if producers and fam.producer not in producers:
            continue
        folder = out / fam.name
        folder.mkdir(parents=True, exist_ok=True)
        plans: list[Any]
        if isinstance(fam, HoldFamily):  # the blind split: its own builder and renderer
            from samples.plangen import render_holdout

            plans = [build_holdout(fam, seed, i) for i in range(n)]
            render_holdout.render_all(plans, folder)
        elif isinstance(fam, H2Family):  # the second blind split: its own builder and renderer
            from samples.plangen import render_holdout2

            plans = [build_holdout2(fam, seed, i) for i in range(n)]
            render_holdout2.render_all(plans, folder)
        elif isinstance(fam, H3Family):  # the third blind split: its own builder and renderer
            from samples.plangen import render_holdout3

            plans = [build_holdout3(fam, seed, i) for i in range(n)]
            render_holdout3.render_all(plans, folder)
        elif isinstance(fam, H4Family):  # the fourth blind split: its own builder and renderer
            from samples.plangen import render_holdout4

            plans = [build_holdout4(fam, seed, i) for i in range(n)]
            render_holdout4.render_all(plans, folder)
        elif isinstance(fam, H5Family):  # the fifth blind split: its own builder and renderer
            from samples.plangen import render_holdout5

            plans = [build_holdout5(fam, seed, i) for i in range(n)]
            render_holdout5.render_all(plans, folder)
        elif isinstance(fam, H6Family):  # the sixth blind split: its own builder and renderer
            from samples.plangen import render_holdout6

            plans = [build_holdout6(fam, seed, i) for i in range(n)]
            render_holdout6.render_all(plans, folder)
        elif isinstance(fam, H7Family):  # the seventh blind split: its own builder and renderer
            from samples.plangen import render_holdout7

            plans = [build_holdout7(fam, seed, i) for i in range(n)]
            render_holdout7.render_all(plans, folder)
        elif isinstance(fam, H66Family):  # the sixty-sixth blind split (an H65Family: first)
            from samples.plangen import render_holdout66

            plans = [build_holdout66(fam, seed, i) for i in range(n)]
            render_holdout66.render_all(plans, folder)
        elif isinstance(fam, H65Family):  # the sixty-fifth blind split (an H64Family: first)
            from samples.plangen import render_holdout65

            plans = [build_holdout65(fam, seed, i) for i in range(n)]
            render_holdout65.render_all(plans, folder)
        elif isinstance(fam, H64Family):  # the sixty-fourth blind split (an H63Family: first)
            from samples.plangen import render_holdout64

            plans = [build_holdout64(fam, seed, i) for i in range(n)]
            render_holdout64.render_all(plans, folder)
        elif isinstance(fam, H63Family):  # the sixty-third blind split (an H62Family: first)
            from samples.plangen import render_holdout63

            plans = [build_holdout63(fam, seed, i) for i in range(n)]
            render_holdout63.render_all(plans, folder)
        elif isinstance(fam, H62Family):  # the sixty-second blind split (an H61Family: first)
            from samples.plangen import render_holdout62

            plans = [build_holdout62(fam, seed, i) for i in range(n)]
            render_holdout62.render_all(plans, folder)
        elif isinstance(fam, H61Family):  # the sixty-first blind split (an H60Family: first)
            from samples.plangen import render_holdout61

            plans = [build_holdout61(fam, seed, i) for i in range(n)]
            render_holdout61.render_all(plans, folder)
        elif isinstance(fam, H60Family):  # the sixtieth blind split (an H59Family: first)
            from samples.plangen import render_holdout60

            plans = [build_holdout60(fam, seed, i) for i in range(n)]
            render_holdout60.render_all(plans, folder)
        elif isinstance(fam, H59Family):  # the fifty-ninth blind split (an H58Family: first)
            from samples.plangen import render_holdout59

            plans = [build_holdout59(fam, seed, i) for i in range(n)]
            render_holdout59.render_all(plans, folder)
        elif isinstance(fam, H58Family):  # the fifty-eighth blind split (an H57Family: first)
            from samples.plangen import render_holdout58

            plans = [build_holdout58(fam, seed, i) for i in range(n)]
            render_holdout58.render_all(plans, folder)
        elif isinstance(fam, H57Family):  # the fifty-seventh blind split (an H56Family: first)
            from samples.plangen import render_holdout57

            plans = [build_holdout57(fam, seed, i) for i in range(n)]
            render_holdout57.render_all(plans, folder)
        elif isinstance(fam, H56Family):  # the fifty-sixth blind split (an H55Family: first)
            from samples.plangen import render_holdout56

            plans = [build_holdout56(fam, seed, i) for i in range(n)]
            render_holdout56.render_all(plans, folder)
        elif isinstance(fam, H55Family):  # the fifty-fifth blind split (an H54Family: first)
            from samples.plangen import render_holdout55

            plans = [build_holdout55(fam, seed, i) for i in range(n)]
            render_holdout55.render_all(plans, folder)
        elif isinstance(fam, H54Family):  # the fifty-fourth blind split (an H53Family: first)
            from samples.plangen import render_holdout54

            plans = [build_holdout54(fam, seed, i) for i in range(n)]
            render_holdout54.render_all(plans, folder)
        elif isinstance(fam, H53Family):  # the fifty-third blind split (an H52Family: first)
            from samples.plangen import render_holdout53

            plans = [build_holdout53(fam, seed, i) for i in range(n)]
            render_holdout53.render_all(plans, folder)
        elif isinstance(fam, H52Family):  # the fifty-second blind split (an H51Family: first)
            from samples.plangen import render_holdout52

            plans = [build_holdout52(fam, seed, i) for i in range(n)]
            render_holdout52.render_all(plans, folder)
        elif isinstance(fam, H51Family):  # the fifty-first blind split (an H50Family: first)
            from samples.plangen import render_holdout51

            plans = [build_holdout51(fam, seed, i) for i in range(n)]
            render_holdout51.render_all(plans, folder)
        elif isinstance(fam, H50Family):  # the fiftieth blind split (an H49Family: first)
            from samples.plangen import render_holdout50

            plans = [build_holdout50(fam, seed, i) for i in range(n)]
            render_holdout50.render_all(plans, folder)
        elif isinstance(fam, H49Family):  # the forty-ninth blind split (an H48Family: first)
            from samples.plangen import render_holdout49

            plans = [build_holdout49(fam, seed, i) for i in range(n)]
            render_holdout49.render_all(plans, folder)
        elif isinstance(fam, H48Family):  # the forty-eighth blind split (an H47Family: first)
            from samples.plangen import render_holdout48

            plans = [build_holdout48(fam, seed, i) for i in range(n)]
            render_holdout48.render_all(plans, folder)
        elif isinstance(fam, H47Family):  # the forty-seventh blind split (an H46Family: first)
            from samples.plangen import render_holdout47

            plans = [build_holdout47(fam, seed, i) for i in range(n)]
            render_holdout47.render_all(plans, folder)
        elif isinstance(fam, H46Family):  # the forty-sixth blind split (an H45Family: first)
            from samples.plangen import render_holdout46

            plans = [build_holdout46(fam, seed, i) for i in range(n)]
            render_holdout46.render_all(plans, folder)
        elif isinstance(fam, H45Family):  # the forty-fifth blind split (an H44Family: first)
            from samples.plangen import render_holdout45

            plans = [build_holdout45(fam, seed, i) for i in range(n)]
            render_holdout45.render_all(plans, folder)
        elif isinstance(fam, H44Family):  # the forty-fourth blind split (an H43Family: first)
            from samples.plangen import render_holdout44

            plans = [build_holdout44(fam, seed, i) for i in range(n)]
            render_holdout44.render_all(plans, folder)
        elif isinstance(fam, H43Family):  # the forty-third blind split (an H42Family: first)
            from samples.plangen import render_holdout43

            plans = [build_holdout43(fam, seed, i) for i in range(n)]
            render_holdout43.render_all(plans, folder)
        elif isinstance(fam, H42Family):  # the forty-second blind split (an H41Family: first)
            from samples.plangen import render_holdout42

            plans = [build_holdout42(fam, seed, i) for i in range(n)]
            render_holdout42.render_all(plans, folder)
        elif isinstance(fam, H41Family):  # the forty-first blind split (an H40Family: first)
            from samples.plangen import render_holdout41

            plans = [build_holdout41(fam, seed, i) for i in range(n)]
            render_holdout41.render_all(plans, folder)
        elif isinstance(fam, H40Family):  # the fortieth blind split (an H39Family: first)
            from samples.plangen import render_holdout40

            plans = [build_holdout40(fam, seed, i) for i in range(n)]
            render_holdout40.render_all(plans, folder)
        elif isinstance(fam, H39Family):  # the thirty-ninth blind split (an H38Family: first)
            from samples.plangen import render_holdout39

            plans = [build_holdout39(fam, seed, i) for i in range(n)]
            render_holdout39.render_all(plans, folder)
        elif isinstance(fam, H38Family):  # the thirty-eighth blind split (an H37Family: first)
            from samples.plangen import render_holdout38

            plans = [build_holdout38(fam, seed, i) for i in range(n)]
            render_holdout38.render_all(plans, folder)
        elif isinstance(fam, H37Family):  # the thirty-seventh blind split (an H36Family: first)
            from samples.plangen import render_holdout37

            plans = [build_holdout37(fam, seed, i) for i in range(n)]
            render_holdout37.render_all(plans, folder)
        elif isinstance(fam, H36Family):  # the thirty-sixth blind split (an H35Family: first)
            from samples.plangen import render_holdout36

            plans = [build_holdout36(fam, seed, i) for i in range(n)]
            render_holdout36.render_all(plans, folder)
        elif isinstance(fam, H35Family):  # the thirty-fifth blind split (an H34Family: first)
            from samples.plangen import render_holdout35

            plans = [build_holdout35(fam, seed, i) for i in range(n)]
            render_holdout35.render_all(plans, folder)
        elif isinstance(fam, H34Family):  # the thirty-fourth blind split (an H33Family: first)
            from samples.plangen import render_holdout34

            plans = [build_holdout34(fam, seed, i) for i in range(n)]
            render_holdout34.render_all(plans, folder)
        elif isinstance(fam, H33Family):  # the thirty-third blind split (an H32Family: first)
            from samples.plangen import render_holdout33

            plans = [build_holdout33(fam, seed, i) for i in range(n)]
            render_holdout33.render_all(plans, folder)
        elif isinstance(fam, H32Family):  # the thirty-second blind split (an H31Family: first)
            from samples.plangen import render_holdout32

            plans = [build_holdout32(fam, seed, i) for i in range(n)]
            render_holdout32.render_all(plans, folder)
        elif isinstance(fam, H31Family):  # the thirty-first blind split (an H30Family: first)
            from samples.plangen import render_holdout31

            plans = [build_holdout31(fam, seed, i) for i in range(n)]
            render_holdout31.render_all(plans, folder)
        elif isinstance(fam, H30Family):  # the thirtieth blind split (an H29Family: first)
            from samples.plangen import render_holdout30

            plans = [build_holdout30(fam, seed, i) for i in range(n)]
            render_holdout30.render_all(plans, folder)
        elif isinstance(fam, H29Family):  # the twenty-ninth blind split (an H28Family: first)
            from samples.plangen import render_holdout29

            plans = [build_holdout29(fam, seed, i) for i in range(n)]
            render_holdout29.render_all(plans, folder)
        elif isinstance(fam, H28Family):  # the twenty-eighth blind split (an H27Family: first)
            from samples.plangen import render_holdout28

            plans = [build_holdout28(fam, seed, i) for i in range(n)]
            render_holdout28.render_all(plans, folder)
        elif isinstance(fam, H27Family):  # the twenty-seventh blind split (an H26Family: first)
            from samples.plangen import render_holdout27

            plans = [build_holdout27(fam, seed, i) for i in range(n)]
            render_holdout27.render_all(plans, folder)
        elif isinstance(fam, H24Family):  # the twenty-fourth blind split (an H23Family: first)
            from samples.plangen import render_holdout24

            plans = [build_holdout24(fam, seed, i) for i in range(n)]
            render_holdout24.render_all(plans, folder)
        elif isinstance(fam, H26Family):  # the twenty-sixth blind split (an H25Family: first)
            from samples.plangen import render_holdout26

            plans = [build_holdout26(fam, seed, i) for i in range(n)]
            render_holdout26.render_all(plans, folder)
        elif isinstance(fam, H25Family):  # the twenty-fifth blind split (an H23Family: first)
            from samples.plangen import render_holdout25

            plans = [build_holdout25(fam, seed, i) for i in range(n)]
            render_holdout25.render_all(plans, folder)
        elif isinstance(fam, H23Family):  # the twenty-third blind split (an H22Family: first)
            from samples.plangen import render_holdout23

            plans = [build_holdout23(fam, seed, i) for i in range(n)]
            render_holdout23.render_all(plans, folder)
        elif isinstance(fam, H22Family):  # the twenty-second blind split (an H21Family: first)
            from samples.plangen import render_holdout22

            plans = [build_holdout22(fam, seed, i) for i in range(n)]
            render_holdout22.render_all(plans, folder)
        elif isinstance(fam, H21Family):  # the twenty-first blind split (an H20Family: first)
            from samples.plangen import render_holdout21

            plans = [build_holdout21(fam, seed, i) for i in range(n)]
            render_holdout21.render_all(plans, folder)
        elif isinstance(fam, H20Family):  # the twentieth blind split (an H14Family: first)
            from samples.plangen import render_holdout20

            plans = [build_holdout20(fam, seed, i) for i in range(n)]
            render_holdout20.render_all(plans, folder)
        elif isinstance(fam, H19Family):  # the nineteenth blind split (an H14Family: first)
            from samples.plangen import render_holdout19

            plans = [build_holdout19(fam, seed, i) for i in range(n)]
            render_holdout19.render_all(plans, folder)
        elif isinstance(fam, H18Family):  # the eighteenth blind split (an H14Family: first)
            from samples.plangen import render_holdout18

            plans = [build_holdout18(fam, seed, i) for i in range(n)]
            render_holdout18.render_all(plans, folder)
        elif isinstance(fam, H17Family):  # the seventeenth blind split (an H14Family: first)
            from samples.plangen import render_holdout17

            plans = [build_holdout17(fam, seed, i) for i in range(n)]
            render_holdout17.render_all(plans, folder)
        elif isinstance(fam, H16Family):  # the sixteenth blind split (an H14Family: first)
            from samples.plangen import render_holdout16

            plans = [build_holdout16(fam, seed, i) for i in range(n)]
            render_holdout16.render_all(plans, folder)
        elif isinstance(fam, H15Family):  # the fifteenth blind split (an H14Family: first)
            from samples.plangen import render_holdout15

            plans = [build_holdout15(fam, seed, i) for i in range(n)]
            render_holdout15.render_all(plans, folder)
        elif isinstance(fam, H14Family):  # the fourteenth blind split (an H13Family: first)
            from samples.plangen import render_holdout14

            plans = [build_holdout14(fam, seed, i) for i in range(n)]
            render_holdout14.render_all(plans, folder)
        elif isinstance(fam, H13Family):  # the thirteenth blind split (an H12Family: first)
            from samples.plangen import render_holdout13

            plans = [build_holdout13(fam, seed, i) for i in range(n)]
            render_holdout13.render_all(plans, folder)
        elif isinstance(fam, H12Family):  # the twelfth blind split (an H11Family: first)
            from samples.plangen import render_holdout12

            plans = [build_holdout12(fam, seed, i) for i in range(n)]
            render_holdout12.render_all(plans, folder)
        elif isinstance(fam, H11Family):  # the eleventh blind split (an H10Family: first)
            from samples.plangen import render_holdout11

            plans = [build_holdout11(fam, seed, i) for i in range(n)]
            render_holdout11.render_all(plans, folder)
        elif isinstance(fam, H10Family):  # the tenth blind split (an H9Family: checked first)
            from samples.plangen import render_holdout10

            plans = [build_holdout10(fam, seed, i) for i in range(n)]
            render_holdout10.render_all(plans, folder)
        elif isinstance(fam, H9Family):  # the ninth blind split (an H8Family: checked first)
            from samples.plangen import render_holdout9

            plans = [build_holdout9(fam, seed, i) for i in range(n)]
            render_holdout9.render_all(plans, folder)
        elif isinstance(fam, H8Family):  # the eighth blind split: its own builder and renderer
            from samples.plangen import render_holdout8

            plans = [build_holdout8(fam, seed, i) for i in range(n)]
            render_holdout8.render_all(plans, folder)
        else:
            plans = [build_plan(fam, seed, i) for i in range(n)]
        if isinstance(
            fam,
            HoldFamily | H2Family | H3Family | H4Family | H5Family | H6Family | H7Family | H8Family,
        ):
            pass
        elif fam.producer == "reportlab":
            from samples.plangen import render_rl

            for p in plans:
                render_rl.render(p, folder)
        elif fam.producer == "chromium":
            from samples.plangen import render_html

            render_html.render_all(plans, folder)
        else:
            from samples.plangen import render_office

            render_office.render_all(plans, folder)
        made[fam.name] = []
        for p in plans:
            if (folder / f"{p.name}.pdf").is_file():
                write_gold(p, folder, f"{p.name}.pdf")
                made[fam.name].append(p.name)
    return made
