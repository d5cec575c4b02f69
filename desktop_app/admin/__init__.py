"""`wayfinder-admin`: the one command line for IT and the data team."""
