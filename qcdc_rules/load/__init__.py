"""Loading user files (YAML) into plain data that remembers where each value was written."""

from qcdc_rules.load.yaml_loader import (
    MAX_DEPTH,
    MAX_NODES,
    Loaded,
    dump_yaml,
    load_yaml,
    load_yaml_text,
)

__all__ = ["MAX_DEPTH", "MAX_NODES", "Loaded", "dump_yaml", "load_yaml", "load_yaml_text"]
