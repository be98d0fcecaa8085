// The reference bot SourcingBot's /api/messages is measured against: the Microsoft 365 Agents SDK for
// JavaScript as its samples use it (an AgentApplication with MemoryStorage behind startServer), answering
// from a small in-memory glossary. It runs without an app id, like SourcingBot in the comparison, so both
// skip token validation. Start: `npm install && PORT=3979 npm start`.
import { AgentApplication, MemoryStorage } from '@microsoft/agents-hosting'
import { startServer } from '@microsoft/agents-hosting-express'

const glossary = [
  ['nearshoring', 'Nearshoring moves work to a provider or centre in a nearby country, usually sharing most working hours.'],
  ['offshoring', 'Offshoring moves work to another country, to an outside provider or to a centre the company owns.'],
  ['outsourcing', 'Outsourcing contracts an outside provider to do work the company used to do itself, at home or abroad.'],
  ['captive', 'A captive centre is a unit the company owns and runs abroad, rather than a provider it contracts.'],
  ['staff augmentation', 'Staff augmentation adds a provider\'s people to the company\'s own team, under its own management.'],
  ['risks', 'The usual risks are hidden costs, weaker control of quality, data protection and dependence on one provider.'],
  ['difference', 'Outsourcing is about who does the work (an outside provider); offshoring is about where (another country).'],
  ['compare', 'Nearshore work shares more working hours and travel is easier; offshore work reaches larger, cheaper talent pools.'],
  ['save', 'Savings depend on the work, the location and the cost of managing the provider; count transition and oversight too.']
]

const app = new AgentApplication({ storage: new MemoryStorage() })

app.onActivity('message', async (context) => {
  const text = (context.activity.text ?? '').toLowerCase()
  const found = glossary.find(([term]) => text.includes(term))
  await context.sendActivity(found ? found[1] : 'Ask me about outsourcing, offshoring, nearshoring or captive centres.')
})

startServer(app)
