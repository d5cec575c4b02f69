"""The Jobs tab: job matches, alternative occupations, skill profile."""
