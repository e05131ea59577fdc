/** `npm run worker`: the long-running journey runner. */
console.log("The journey worker is not built yet: it arrives with the journey engine (issue 5). Nothing to run.");
