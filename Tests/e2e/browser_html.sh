# The pages Lägesbild writes as a reader sees them in a browser and on paper: the report
# and the minutes in headless Chromium at 1200 px and printed to A4 (Tests/browser/run.sh).
exec bash "$(dirname "$0")/../browser/run.sh"
