"""Verified savings: measurement and verification (M&V) as the IPMVP and ASHRAE Guideline 14
describe it, as pure functions on plain series of periods (no Qt, no SQL).

- :mod:`.inputs`: the series checked (finite, not negative, of one length, of equal periods);
- :mod:`.baseline`: the baseline model by ordinary least squares (statsmodels), its
  statistics and Guideline 14's acceptance;
- :mod:`.savings`: the reporting period (adjusted baseline, avoided consumption, the
  fractional savings uncertainty), CUSUM and the ISO 50006 energy performance indicator;
- :mod:`.option_b`: one measure isolated, before and after at comparable load.

Sources: EVO, IPMVP Core Concepts (2022) and "Statistics and Uncertainty for IPMVP" (EVO
10100-1:2014); ASHRAE Guideline 14-2014, "Measurement of Energy, Demand, and Water Savings";
ISO 50006:2014, "Measuring energy performance using energy baselines and energy performance
indicators".
"""
