"""A small flow of JS actors driven from Python, in the Rust reflow runtime's actor
convention: each actor is a JS function ``(inputs, context)``; it answers by returning
an object (one message per key) or by ``context.send_output(port, value)``.

    python examples/actor_flow.py

The flow: `split` turns a sentence into words (sending each on port "word"), `count`
tallies the words it is sent, and `report` formats the tally. Prints:

    word messages: 9 then {'out': 'Flow'}
    the: 3
    report: {'out': 'the=3 cat=2 sat=1 on=1 mat=1 and=1'}
"""
import asyncio
import queue

from reflow import JavascriptRuntime

ACTORS = r'''
function split(inputs, context) {
  for (const word of inputs.text.data.split(/\s+/)) context.send_output('word', word);
  return null;                        // "Flow": nothing more to say
}
const tally = new Map();
function count(inputs) {
  const word = inputs.word.data;
  tally.set(word, (tally.get(word) ?? 0) + 1);
  return { [word]: tally.get(word) }; // one message: {word: n}
}
async function report(inputs, context) {
  await new Promise((resolve) => setTimeout(resolve, 1));   // timers run too
  return [...tally].map(([w, n]) => `${w}=${n}`).join(' ');
}
'''


async def main():
    with JavascriptRuntime() as rt:
        await rt.execute('actors.js', ACTORS)
        words = queue.Queue()
        await rt.call_actor('split', {'text': {'type': 'string',
                                               'data': 'the cat sat on the mat and the cat'}},
                            sink=words)
        messages = []
        while not words.empty():
            messages.append(words.get())
        # the words, then split's returned null as the {"out": "Flow"} message
        print('word messages:', len(messages) - 1, 'then', messages[-1])
        last = {}
        for message in messages[:-1]:
            for out in await rt.call_actor('count', {'word': {'type': 'string',
                                                              'data': message['word']}}):
                last.update(out)
        print('the:', last['the'])
        print('report:', (await rt.call_actor('report', {}))[0])


if __name__ == '__main__':
    asyncio.run(main())
