def main():
    import qcdc_rules, importlib.resources as r
    print(list(r.files("qcdc_rules.rulesets").iterdir()))
