"""qcdc-rules: rules as code for Vietnam's Law on Grassroots Democracy (10/2022/QH15)."""

__version__ = "0.1.0"
