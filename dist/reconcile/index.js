import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 980:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7688);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/shard.ts
// Sharding: `shard: k/n` splits the queue between n executor runs working
// side by side (a workflow matrix of n jobs). A row belongs to the shard its
// item id hashes to, so every machine agrees without talking to the others
// and a row never moves while its id stays the same. The hash is 32-bit
// FNV-1a over the id's UTF-8 bytes: small, stable across Node versions and
// platforms, and even enough for ids like `post-17`. Written by hand: it is a
// dozen lines, and a package would add a dependency to every action bundle.
/** The whole queue (what a run without a shard works). */
const WHOLE_QUEUE = { index: 1, count: 1 };
const encoder = new TextEncoder();
/** 32-bit FNV-1a of the text's UTF-8 bytes. */
function fnv1a32(text) {
    let hash = 0x811c9dc5;
    for (const byte of encoder.encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}
/** The shard (1..count) an item id belongs to; the id is trimmed first, as the queue reads it. */
function shardOf(itemId, count) {
    if (count <= 1)
        return 1;
    return (fnv1a32(itemId.trim()) % count) + 1;
}
function inShard(itemId, shard) {
    return !shard || shard.count <= 1 || shardOf(itemId, shard.count) === shard.index;
}
/** `k/n` with whole numbers 1 ≤ k ≤ n (n at most 256), e.g. `2/4`. */
function parseShard(text) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        return {
            ok: false,
            problem: `expected k/n with whole numbers 1 ≤ k ≤ n ≤ ${MAX_SHARDS}, e.g. 2/4`,
        };
    }
    return { ok: true, shard: { index, count } };
}
const MAX_SHARDS = 256;
/** `k/n`, as the setting is written. */
function formatShard(shard) {
    return `${shard.index}/${shard.count}`;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/queue/time.ts
// Times in the queue are ISO 8601. People also type "YYYY-MM-DD HH:MM" or
// a bare date; a time without a zone is read in the `timezone` setting's
// IANA zone (default UTC).
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Whether Intl knows this IANA zone name (Europe/Berlin, America/New_York, UTC). */
function isTimeZone(name) {
    // The default, known to every Intl: answered without building a formatter,
    // which loads the zone data (a noticeable part of every start, issue 12).
    if (name === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in ms. */
function zoneOffsetMs(ms, zone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(new Date(ms));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
}
/**
 * The instant a wall-clock time in `zone` names. Written by hand on Intl
 * (the only zone database we carry: no date library is a dependency, and
 * chrono-node reads words, not zones): the zone's offsets half a day either
 * side give the candidates, and the one that reads back as the same wall
 * time wins. A time a fall-back repeats reads as its first occurrence; a
 * time a spring-forward skips is read with the offset before the change,
 * so it lands after the gap (02:30 → 03:30).
 */
function zonedTimeToUtc(wallAsUtcMs, zone) {
    const HALF_DAY = 12 * 3_600_000;
    const before = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs - HALF_DAY, zone);
    const after = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs + HALF_DAY, zone);
    const valid = [before, after].filter((t) => t + zoneOffsetMs(t, zone) === wallAsUtcMs);
    return valid.length > 0 ? Math.min(...valid) : before;
}
function time_parseQueueTime(text, timeZone = 'UTC') {
    const match = PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const [, year, month, day, time, zone] = match;
    // Date() rolls 2026-02-30 over into March; a day the calendar lacks is a typo.
    const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day))
        return undefined;
    const date = new Date(`${year}-${month}-${day}T${time ?? '00:00:00'}${zone ?? 'Z'}`);
    if (Number.isNaN(date.getTime()))
        return undefined;
    if (zone || timeZone === 'UTC' || !isTimeZone(timeZone))
        return date;
    return new Date(zonedTimeToUtc(date.getTime(), timeZone));
}

;// CONCATENATED MODULE: ./packages/core/src/config/setting.ts
// One setting, known by the same name everywhere: `max-items` is the action
// input `max-items`, the CLI flag `--max-items`, and the environment variable
// (or .env line) `MAX_ITEMS`. Values arrive as text and are parsed by the
// small parsers below.
function envNameOf(key) {
    return key.toUpperCase().replace(/-/g, '_');
}
function setting(key, schema, expected, description, options = {}) {
    return {
        key,
        env: options.env ?? envNameOf(key),
        schema,
        fallback: options.fallback,
        expected,
        description,
        secret: options.secret,
    };
}
/** Reads one setting's text; undefined means the setting is unset. */
class Parser {
    read;
    constructor(read) {
        this.read = read;
    }
    safeParse(raw) {
        return this.read(raw);
    }
    /** Unset is allowed and reads as undefined. */
    optional() {
        return new Parser((raw) => raw === undefined ? { success: true, data: undefined } : this.read(raw));
    }
    /** A further check on the value read. */
    refine(check) {
        return new Parser((raw) => {
            const result = this.read(raw);
            return result.success && !check(result.data) ? { success: false } : result;
        });
    }
    /** A string value must match the pattern in full (the pattern anchors itself). */
    regex(pattern) {
        return this.refine((value) => pattern.test(value));
    }
}
const ok = (data) => ({ success: true, data });
const FAIL = { success: false };
/** Text, trimmed, then read by `read` (undefined: not valid); unset is not valid. */
function fromText(read) {
    return new Parser((raw) => {
        if (raw === undefined)
            return FAIL;
        const value = read(raw.trim());
        return value === undefined ? FAIL : ok(value);
    });
}
const numberIn = (pattern, check) => fromText((value) => {
    if (!pattern.test(value))
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) && check(n) ? n : undefined;
});
const setting_text = () => fromText((value) => (value === '' ? undefined : value));
const optionalText = () => setting_text().optional();
const integer = (min, max = Number.MAX_SAFE_INTEGER) => numberIn(/^-?\d+$/, (n) => Number.isSafeInteger(n) && n >= min && n <= max);
const decimal = (min, max = Number.MAX_VALUE) => numberIn(/^-?(\d+\.?\d*|\.\d+)$/, (n) => n >= min && n <= max);
/** A strictly positive number (seconds may be fractional, tests use a few). */
const positive = () => numberIn(/^(\d+\.?\d*|\.\d+)$/, (n) => n > 0);
const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);
const setting_boolean = () => fromText((value) => {
    const word = value.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
});
const oneOf = (values) => fromText((value) => {
    const word = value.toLowerCase();
    return values.includes(word) ? word : undefined;
});
/** An absolute http(s) URL, kept as written (trimmed). */
const url = () => fromText((value) => {
    const parsed = URL.parse(value);
    return parsed && /^https?:$/.test(parsed.protocol) && parsed.host !== '' ? value : undefined;
});
/** A comma-separated list; empty entries dropped. */
const list = () => new Parser((raw) => raw === undefined
    ? FAIL
    : ok(raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)));
const numberList = () => fromText((value) => /^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/.test(value) ? value.split(',').map((s) => Number(s.trim())) : undefined);
/** A lower-cased text of at most `max` characters (host names). */
const lowerText = (max) => fromText((value) => {
    const lower = value.toLowerCase();
    return lower.length <= max ? lower : undefined;
});

;// CONCATENATED MODULE: ./packages/core/src/config/settings.ts
// The catalogue of every setting. One schema serves action inputs, the
// environment, `.env` and CLI flags (see load.ts for precedence).



const secret = { secret: true };
const SETTINGS = {
    // ── state and mode ─────────────────────────────────────────────────────
    state: setting('state', setting_text(), 'a folder path', "Folder of the local adapters' files (queue.csv, run log, variables, incidents, site) when no service is configured, relative to the working directory", {
        env: 'AUTOPILOT_STATE',
        fallback: '.autopilot',
    }),
    mode: setting('mode', oneOf(['review', 'publish']), 'review or publish', 'Run mode: review writes drafts only; publish goes live, but only while WF_ENABLED=true and ALLOW_PUBLISH=human_enabled (otherwise the run is downgraded to review)', {
        env: 'AUTOPILOT_MODE',
        fallback: 'review',
    }),
    logFormat: setting('log-format', oneOf(['text', 'json']), 'text or json', 'Format of log lines: readable text (trace id on the first line), or JSON lines with trace_id on every line', { fallback: 'text' }),
    runId: setting('run-id', optionalText(), 'an id', 'Run id (defaults to GITHUB_RUN_ID or a fresh id)', {
        env: 'AUTOPILOT_RUN_ID',
    }),
    // ── executor ───────────────────────────────────────────────────────────
    maxItems: setting('max-items', integer(1, 1000), 'a whole number from 1 to 1000', 'Most queue rows one executor run claims', {
        fallback: '5',
    }),
    concurrency: setting('concurrency', integer(1, 32), 'a whole number from 1 to 32', 'Rows one executor run works on at the same time', {
        fallback: '2',
    }),
    shard: setting('shard', fromText((value) => {
        const parsed = parseShard(value);
        return parsed.ok ? parsed.shard : undefined;
    }).optional(), 'k/n with whole numbers 1 ≤ k ≤ n, e.g. 2/4', "This run's part of the queue when n runs work it side by side (a workflow matrix of n jobs): the rows whose item id hashes to k of n. Unset: the whole queue"),
    timeBudget: setting('time-budget', positive(), 'a positive number of seconds', 'Seconds after which a run claims no more rows; rows in flight are cancelled and released', {
        fallback: '600',
    }),
    lease: setting('lease', positive(), 'a positive number of seconds', 'Seconds a claim holds a row; the supervisor recovers a row whose lease expired', {
        fallback: '900',
    }),
    requestTimeout: setting('request-timeout', positive(), 'a positive number of seconds', 'How long one outbound request may wait', {
        fallback: '30',
    }),
    maxAttempts: setting('max-attempts', integer(1, 100), 'a whole number from 1 to 100', 'Attempts per row before it ends FAILED', {
        fallback: '3',
    }),
    maxFixPasses: setting('max-fix-passes', integer(0, 10), 'a whole number from 0 to 10', 'Automatic fix passes on a draft the gate sends back (RETRY) before it is blocked', {
        fallback: '2',
    }),
    timezone: setting('timezone', setting_text().refine(isTimeZone), 'an IANA time zone such as Europe/Berlin or America/New_York', 'Time zone a publish_at without one (2026-11-22 09:00) is read in', {
        fallback: 'UTC',
    }),
    requireApproval: setting('require-approval', setting_boolean(), 'true or false', 'In publish mode, publish only drafts a human approved; the others stop as drafts awaiting approval', {
        fallback: 'true',
    }),
    backoff: setting('backoff', numberList(), 'seconds separated by commas, e.g. 60,180,600', 'Delays before the first, second, … retry of a row (the last repeats)', {
        fallback: '60,180,600',
    }),
    backoffJitter: setting('backoff-jitter', decimal(0, 1), 'a number from 0 to 1', 'Random spread of each retry delay, as a fraction of it', {
        fallback: '0.3',
    }),
    titleMax: setting('title-max', integer(1), 'a whole number ≥ 1', 'TITLE_TOO_LONG above this many characters', {
        fallback: '70',
    }),
    summaryMax: setting('summary-max', integer(1), 'a whole number ≥ 1', 'SUMMARY_TOO_LONG above this many characters', {
        fallback: '160',
    }),
    bodyMinWords: setting('body-min-words', integer(0), 'a whole number ≥ 0', 'BODY_TOO_SHORT below this many words', {
        fallback: '300',
    }),
    bodyMaxWords: setting('body-max-words', integer(1), 'a whole number ≥ 1', 'BODY_TOO_LONG above this many words', {
        fallback: '3000',
    }),
    headingsAfterWords: setting('headings-after-words', integer(1), 'a whole number ≥ 1', 'Word count above which an article needs headings (NO_HEADINGS otherwise)', {
        fallback: '600',
    }),
    bannedPhrases: setting('banned-phrases', list(), 'phrases separated by commas', 'Phrases an article must not contain (BANNED_PHRASE), besides the built-in list', {
        fallback: '',
    }),
    metaTitleMax: setting('meta-title-max', integer(1), 'a whole number ≥ 1', 'META_TITLE_TOO_LONG above this many characters of the SEO title', { fallback: '60' }),
    metaDescriptionMin: setting('meta-description-min', integer(0), 'a whole number ≥ 0', 'META_DESCRIPTION_LENGTH below this many characters of the meta description', { fallback: '70' }),
    metaDescriptionMax: setting('meta-description-max', integer(1), 'a whole number ≥ 1', 'META_DESCRIPTION_LENGTH above this many characters of the meta description', { fallback: '160' }),
    requireImage: setting('require-image', setting_boolean(), 'true or false', 'Block an article without a featured image (IMAGE_MISSING): every row then needs an image_url', { fallback: 'false' }),
    readingEaseMin: setting('reading-ease-min', decimal(0, 100), 'a number from 0 to 100', 'READING_LEVEL below this Flesch reading ease (English articles; lower is harder to read)', { fallback: '30' }),
    readingEaseMax: setting('reading-ease-max', decimal(0, 100), 'a number from 0 to 100', 'READING_LEVEL above this Flesch reading ease (100: no upper limit)', { fallback: '100' }),
    nearDuplicateThreshold: setting('near-duplicate-threshold', decimal(0, 1), 'a number from 0 to 1', 'NEAR_DUPLICATE at or above this share of word 4-shingles in common (Jaccard) with another article of the blog or the queue', { fallback: '0.6' }),
    contentRoot: setting('content-root', optionalText(), 'a folder path', "Folder a row's content_path is read from (unset: the working directory)"),
    // ── variables (kill-switch) ────────────────────────────────────────────
    wfEnabled: setting('wf-enabled', optionalText(), 'true or false', 'WF_ENABLED repository variable', {
        env: 'WF_ENABLED',
    }),
    allowPublish: setting('allow-publish', optionalText(), 'human_enabled or human_disabled', 'ALLOW_PUBLISH variable', {
        env: 'ALLOW_PUBLISH',
    }),
    // ── heartbeat ──────────────────────────────────────────────────────────
    heartbeatFile: setting('heartbeat-file', optionalText(), 'a file path', 'Heartbeat file (default local_heartbeat.json in the checkout; the CLI without push: in state)'),
    heartbeatUrl: setting('heartbeat-url', url().optional(), 'an http(s) URL', "URL that serves the local runner's heartbeat JSON (heartbeat-source url)", {
        env: 'LOCAL_HEARTBEAT_URL',
    }),
    heartbeatSource: setting('heartbeat-source', oneOf(['file', 'url', 'variable', 'branch']), 'file, url, variable or branch', "Where the local runner's heartbeat is read: file (heartbeat-file in the checkout), url (heartbeat-url), variable (the LOCAL_HEARTBEAT repository variable) or branch (local_heartbeat.json on state-branch)", { fallback: 'file' }),
    heartbeatTimeout: setting('heartbeat-timeout', positive(), 'a positive number of seconds', 'Seconds to wait for heartbeat-url to answer', {
        fallback: '5',
    }),
    maxAgeMinutes: setting('max-age-minutes', positive(), 'a positive number of minutes', 'Minutes a heartbeat stays fresh; older, the local runner no longer owns the pipeline', {
        fallback: '15',
    }),
    deadAfterHours: setting('dead-after-hours', positive(), 'a positive number of hours', 'Hours after which a silent heartbeat counts as dead rather than stale', {
        fallback: '24',
    }),
    futureToleranceSeconds: setting('future-tolerance-seconds', decimal(0), 'a number of seconds ≥ 0', "Seconds a heartbeat's timestamp may lie in the future (clock skew) before it is rejected", {
        fallback: '120',
    }),
    expectLocal: setting('expect-local', setting_boolean(), 'true or false', 'Whether a local runner is meant to be beating: true opens heartbeat-stale when its heartbeat goes quiet', { fallback: 'false' }),
    staleGraceMinutes: setting('stale-grace-minutes', decimal(0), 'a number of minutes ≥ 0', 'Minutes past max-age-minutes before heartbeat-stale opens', {
        fallback: '30',
    }),
    owner: setting('owner', optionalText(), 'a name', 'Heartbeat owner (default user@host)', { env: 'AUTOPILOT_OWNER' }),
    heartbeatPush: setting('heartbeat-push', setting_boolean(), 'true or false', 'Commit and push the heartbeat file', {
        env: 'LOCAL_HEARTBEAT_PUSH',
        fallback: 'false',
    }),
    // ── supervisor ─────────────────────────────────────────────────────────
    failureThreshold: setting('failure-threshold', integer(1), 'a whole number ≥ 1', 'Failed runs within health-window that make the supervisor disable publishing', {
        fallback: '2',
    }),
    healthWindow: setting('health-window', integer(1, 100), 'a whole number from 1 to 100', 'Recent completed publish runs the supervisor judges health from', {
        fallback: '5',
    }),
    reviewWindowHours: setting('review-window-hours', positive(), 'a positive number of hours', 'Hours within which a review run must have succeeded before the supervisor dispatches publish', {
        fallback: '24',
    }),
    deadLetterThreshold: setting('dead-letter-threshold', integer(0), 'a whole number ≥ 0', 'Rows turned FAILED within 24 h above which dead-letter opens', {
        fallback: '3',
    }),
    stallAfterHours: setting('stall-after-hours', positive(), 'a positive number of hours', 'Hours without a completed publish run, while work waits, before schedule-stalled opens', {
        fallback: '3',
    }),
    repeatIntervalHours: setting('repeat-interval-hours', positive(), 'a positive number of hours', 'Hours between repeated notices (issue comment, notification) of an incident that stays open', {
        fallback: '6',
    }),
    reopenWindowHours: setting('reopen-window-hours', positive(), 'a positive number of hours', 'Hours after closing within which a recurring incident reopens its issue instead of filing a new one', {
        fallback: '24',
    }),
    dryRun: setting('dry-run', setting_boolean(), 'true or false', 'Decide and print what would change, changing nothing', {
        fallback: 'false',
    }),
    workflowFile: setting('workflow-file', setting_text(), 'a workflow file name', 'File name of the publish workflow: the supervisor judges its runs and dispatches it', {
        fallback: 'publish.yml',
    }),
    workflowRef: setting('workflow-ref', setting_text(), 'a branch or tag', 'Branch or tag the supervisor dispatches the publish workflow on', { fallback: 'main' }),
    // ── reconcile ──────────────────────────────────────────────────────────
    windowHours: setting('window-hours', positive(), 'a positive number of hours', 'Hours of run log that reconcile computes its metrics over', { fallback: '24' }),
    trendDays: setting('trend-days', integer(1, 366), 'a whole number from 1 to 366', 'Days in the summary charts', {
        fallback: '14',
    }),
    minSamples: setting('min-samples', integer(1), 'a whole number ≥ 1', 'Rows before a failure rate can pause publishing', {
        fallback: '4',
    }),
    pauseFailureRate: setting('pause-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'Failure rate at or above which reconcile recommends pause_and_review', {
        fallback: '0.5',
    }),
    reviewFailureRate: setting('review-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'Failure rate at or above which reconcile recommends review_only', {
        fallback: '0.2',
    }),
    blockRateThreshold: setting('block-rate-threshold', decimal(0, 1), 'a number from 0 to 1', 'Share of drafts blocked (gate or reviewer) at which reconcile says the content needs a human; publishing goes on', { fallback: '0.25' }),
    dailyCostBudget: setting('daily-cost-budget', decimal(0).optional(), 'a number of US dollars ≥ 0', 'LLM cost a day in US dollars; a day over it opens cost-budget and makes reconcile recommend pause_and_review (unset: no budget)'),
    historyLimit: setting('history-limit', integer(1, 10000), 'a whole number from 1 to 10000', 'Past decisions the decision log keeps', {
        fallback: '50',
    }),
    decisionLogPath: setting('decision-log-path', setting_text(), 'a repository path', 'Decision log file on the state branch', {
        fallback: 'decision_log.json',
    }),
    // ── incident ───────────────────────────────────────────────────────────
    incidentAction: setting('action', oneOf(['open', 'update', 'resolve']).optional(), 'open, update or resolve', 'What to do with the incident: open it (or comment on the open one), update its body, or resolve and close it', {
        env: 'INCIDENT_ACTION',
    }),
    incidentKey: setting('key', optionalText(), 'an incident key', 'Stable id of the incident, e.g. pipeline-unstable: one open issue per key, found by a hidden marker', { env: 'INCIDENT_KEY' }),
    incidentTitle: setting('title', optionalText(), 'a title', 'Issue title; needed to open or update', {
        env: 'INCIDENT_TITLE',
    }),
    incidentBody: setting('body', optionalText(), 'text', 'Issue body: text, shown as written (markdown escaped, @mentions and #references made inert); secrets are redacted', {
        env: 'INCIDENT_BODY',
    }),
    severity: setting('severity', oneOf(['critical', 'high', 'medium', 'low']), 'critical, high, medium or low', "Severity, shown as the issue's severity:<s> label", {
        env: 'INCIDENT_SEVERITY',
        fallback: 'medium',
    }),
    labels: setting('labels', list(), 'labels separated by commas', 'Labels added to the issue besides incident and severity:<s>', {
        env: 'INCIDENT_LABELS',
        fallback: '',
    }),
    // ── GitHub ─────────────────────────────────────────────────────────────
    githubToken: setting('github-token', optionalText(), 'a GitHub token', 'GitHub token for the GitHub API calls', {
        env: 'GITHUB_TOKEN',
        ...secret,
    }),
    repository: setting('repository', optionalText(), 'owner/name', "The GitHub repository to work on, as owner/name (unset: the workflow's own, GITHUB_REPOSITORY)", { env: 'GITHUB_REPOSITORY' }),
    githubApiUrl: setting('github-api-url', url(), 'an http(s) URL', 'GitHub API root', {
        env: 'GITHUB_API_URL',
        fallback: 'https://api.github.com',
    }),
    queueBackend: setting('queue-backend', oneOf(['local', 'sheets', 'repo']).optional(), 'local, sheets or repo', 'Where the queue and run log live: local files, a Google Sheet, or queue.csv and run_log.csv on the state branch (unset: sheets when sheets-id is set, else repo in an action and local in the CLI)'),
    stateBranch: setting('state-branch', setting_text().regex(/^(?![/.-])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/), 'a branch name (letters, digits, . _ - /)', 'Branch holding queue.csv, run_log.csv, decision_log.json and local_heartbeat.json on GitHub; created on first write; never the default branch', { fallback: 'autopilot-state' }),
    // ── Google Sheets ──────────────────────────────────────────────────────
    sheetsId: setting('sheets-id', optionalText(), 'a spreadsheet id', 'Google Sheet holding the queue and run log, from its URL …/d/<id>/edit; set, the Sheets backend is used'),
    sheetsQueueTab: setting('sheets-queue-tab', setting_text(), 'a tab name', "Name of the Sheet's tab holding the queue", {
        fallback: 'Queue',
    }),
    sheetsRunlogTab: setting('sheets-runlog-tab', setting_text(), 'a tab name', "Name of the Sheet's tab the run log is appended to", { fallback: 'RunLog' }),
    googleServiceAccountJson: setting('google-service-account-json', optionalText(), 'a key JSON', 'Google service account key (JSON) whose e-mail has Editor access to the Sheet', {
        ...secret,
    }),
    googleOauthAccessToken: setting('google-oauth-access-token', optionalText(), 'a token', 'Google OAuth access token with the spreadsheets scope, instead of a service account key', {
        ...secret,
    }),
    sheetsRequestsPerMinute: setting('sheets-requests-per-minute', integer(1, 6000), 'a whole number from 1 to 6000', 'Sheets requests a run allows itself per minute (raise it with your quota)', { fallback: '60' }),
    sheetsApiUrl: setting('sheets-api-url', url().optional(), 'an http(s) URL', 'Sheets API root override (proxies, tests)'),
    // ── Shopify ────────────────────────────────────────────────────────────
    shopifyStoreDomain: setting('shopify-store-domain', shopHostname(), 'a host name like my-store.myshopify.com (no https://, port or path)', 'Shopify store to publish to; set, the Shopify publisher is used (unset: the local site publisher)'),
    shopifyAdminToken: setting('shopify-admin-token', optionalText(), 'an Admin API token', "Legacy custom app's Admin API access token (read_content, write_content); apps made in the Dev Dashboard use shopify-client-id and shopify-client-secret instead", { ...secret }),
    shopifyClientId: setting('shopify-client-id', optionalText(), 'a client id', "Dev Dashboard app's client id, exchanged with shopify-client-secret for an Admin API token at the start of each run (client credentials)"),
    shopifyClientSecret: setting('shopify-client-secret', optionalText(), 'a client secret', "Dev Dashboard app's client secret, paired with shopify-client-id", { ...secret }),
    shopifyApiVersion: setting('shopify-api-version', apiVersion(), 'a version like 2026-10', 'Shopify Admin API version every request names (pinned, so an API change never surprises a run)', {
        fallback: '2026-10',
    }),
    shopifyBlogHandle: setting('shopify-blog-handle', setting_text(), 'a blog handle', 'Handle of the Shopify blog the articles are written to', { fallback: 'news' }),
    shopifyAuthor: setting('shopify-author', optionalText(), 'a name', 'Author name set on each article'),
    shopifyApiUrl: setting('shopify-api-url', url().optional(), 'an http(s) URL', 'Admin GraphQL endpoint override (proxies, tests)'),
    // ── LLM ────────────────────────────────────────────────────────────────
    llmBaseUrl: setting('llm-base-url', url().optional(), 'an http(s) URL', 'Root URL of an OpenAI-compatible chat API; set, the LLM writes the articles (unset: rows need content_path)'),
    llmApiKey: setting('llm-api-key', optionalText(), 'an API key', 'API key sent to llm-base-url, when the server needs one', { ...secret }),
    llmModel: setting('llm-model', optionalText(), 'a model name', 'Model name requested from the LLM API'),
    llmControlPrompt: setting('llm-control-prompt', optionalText(), 'text', "System prompt for the LLM; wins over the config file's"),
    configFile: setting('config-file', optionalText(), 'a YAML or JSON file path', 'YAML or JSON file with the model, temperature, system prompt, style guide, validation thresholds and prices per million tokens'),
    // ── notifications ──────────────────────────────────────────────────────
    slackWebhookUrl: setting('slack-webhook-url', url().optional(), 'an http(s) URL', 'Slack incoming webhook that receives the notifications', { ...secret }),
    notifyWebhookUrl: setting('notify-webhook-url', url().optional(), 'an http(s) URL', 'URL that receives each notification as JSON (run_id, task, status, outputs_uri, log_excerpt)', { ...secret }),
    // ── observability ──────────────────────────────────────────────────────
    metricsFile: setting('metrics-file', optionalText(), 'a file path', "Prometheus text file the run's metrics are written to"),
};
/** A bare host name: the Admin API URL is built from it (SHOPIFY_API_URL overrides the whole endpoint). */
function shopHostname() {
    const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
    return lowerText(253)
        .regex(new RegExp(`^${label}(?:\\.${label})+$`))
        .optional();
}
function apiVersion() {
    return setting_text().regex(/^\d{4}-(01|04|07|10)$|^unstable$/);
}
/** Keys as the outside world spells them (input / flag), for declarations and checks. */
const SETTING_BY_KEY = new Map(Object.keys(SETTINGS).map((name) => [SETTINGS[name].key, name]));

;// CONCATENATED MODULE: ./packages/core/src/config/load.ts
// Turns text from flags, action inputs, the environment and `.env` into a
// typed Config. Precedence: flag > input > environment > .env > default.
// Every bad value is reported at once, naming the setting, where it came
// from, the value (masked for secrets) and what is allowed.




function pick(s, sources) {
    const candidates = [
        [sources.flags?.[s.key], `flag --${s.key}`],
        [sources.inputs?.[s.key], `input ${s.key}`],
        [sources.env?.[s.env], `environment ${s.env}`],
        [sources.dotenv?.[s.env], `.env ${s.env}`],
    ];
    for (const [raw, origin] of candidates) {
        if (raw !== undefined && raw.trim() !== '')
            return { raw, origin };
    }
    return { raw: s.fallback, origin: 'default' };
}
function formatProblems(problems) {
    const lines = problems.map((p) => `  - ${p.setting} (${p.origin}): ${p.value === '' ? 'missing' : `"${p.value}" is not valid`}; expected ${p.expected}`);
    return `Invalid configuration:\n${lines.join('\n')}`;
}
/** Parse every setting; throws one UserError listing every bad value. */
function loadConfig(sources) {
    const out = {};
    const problems = [];
    for (const name of Object.keys(SETTINGS)) {
        const s = SETTINGS[name];
        const { raw, origin } = pick(s, sources);
        const parsed = s.schema.safeParse(raw);
        if (parsed.success) {
            out[name] = parsed.data;
        }
        else {
            const shown = raw === undefined ? '' : s.secret ? '***' : raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
            problems.push({ setting: s.key, origin, value: shown, expected: s.expected });
        }
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(formatProblems(problems));
    return out;
}
/** Values of the secret settings that are set: to mask and to redact. */
function secretValues(config) {
    return Object.keys(SETTINGS)
        .filter((name) => SETTINGS[name].secret)
        .map((name) => config[name])
        .filter((v) => typeof v === 'string' && v.length > 0);
}
/** Read a `.env` file if there is one; a malformed file is a UserError naming it. */
function readDotenv(path) {
    if (!existsSync(path))
        return {};
    try {
        return parseEnv(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new UserError(`Could not read ${path}: ${error.message}; expected KEY=value lines`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/log/trace.ts
// One trace id per run, so a single id finds every log line, run-log row,
// incident and notification of that run.
// node:crypto is fetched when an id is made, not imported: loading it costs
// several milliseconds, and `autopilot --help` (or a run inside Actions,
// whose id comes from the environment) never needs it (issue 12).
const randomUUID = () => process.getBuiltinModule('node:crypto').randomUUID();
/**
 * In GitHub Actions: `${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT}` (stable across
 * the jobs of one attempt, so every action of the run shares it). Locally: a
 * fresh short random id. `random` is a parameter so tests can pin it.
 */
function newTraceId(env, random = randomUUID) {
    const runId = env.GITHUB_RUN_ID?.trim();
    if (runId) {
        const attempt = env.GITHUB_RUN_ATTEMPT?.trim() || '1';
        return `${runId}-${attempt}`;
    }
    // 12 hex digits (48 random bits) are plenty to tell local runs apart and stay readable.
    return `local-${random().replace(/-/g, '').slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/util/redact.ts
// Masks secrets in any text we post or print: known secret values (and their
// JSON-escaped and URL-encoded forms, which is how they turn up inside
// serialized payloads and URLs), the secret parts of secret URLs (a webhook's
// path and query values, as a server quoting the request line shows them),
// plus the shapes of well-known tokens.
const REDACTED = '***';
/** Environment variable names whose values are treated as secrets. AUTH but not AUTHOR (GIT_AUTHOR_NAME is not a secret). */
const SECRET_ENV_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|WEBHOOK|CREDENTIAL|AUTH(?!OR)/i;
/** Values shorter than this are ignored: masking "abc" everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 4;
/** Flag-like values a secret-looking variable may hold that are not secrets. */
const NOT_SECRET_VALUES = new Set(['true', 'false', 'null', 'undefined']);
/** Token shapes masked even when we were not told the value. */
const TOKEN_PATTERNS = [
    // PEM private key blocks, raw or JSON-escaped (\n inside), whole.
    [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g, REDACTED],
    // GitHub: classic, OAuth, user-to-server, server-to-server, refresh; fine-grained PATs.
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
    // Shopify access tokens, custom-app, private-app and shared secrets.
    [/\bshp(?:at|ca|pa|ss)_[A-Za-z0-9]{16,}/g, REDACTED],
    // OpenAI-style keys: sk-..., sk-proj-...
    [/\bsk-(?:proj-)?[A-Za-z0-9_-]{16,}/g, REDACTED],
    // Slack tokens and incoming-webhook paths.
    [/\bxox[bpas]-[A-Za-z0-9-]{10,}/g, REDACTED],
    [/\bxapp-[A-Za-z0-9-]{10,}/g, REDACTED],
    [/(hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, `$1${REDACTED}`],
    // Authorization headers quoted in text.
    [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${REDACTED}`],
    // Passwords in URLs: https://user:password@host
    [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^/\s@]+@/gi, `$1${REDACTED}@`],
];
/** The forms a value takes inside JSON strings and URLs, besides itself. */
function variants(secret) {
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
    return [...forms];
}
/** A path segment that names nothing secret: a plain word such as `services`, `api`, `hooks`, `v1`. */
const PLAIN_SEGMENT = /^(?:[a-z]+(?:[-_][a-z]+)*|v\d{1,2})$/;
/**
 * The secret parts of a secret URL (a webhook): the path and query as a
 * request line quotes them, each path segment after the host that is not a
 * plain word, and each query value. A server that answers with the request
 * line, or a log that shows only the path, must not give the URL away.
 */
function secretUrlParts(secret) {
    let url;
    try {
        url = new URL(secret);
    }
    catch {
        return [];
    }
    if (!/^(?:https?|wss?):$/.test(url.protocol))
        return [];
    const parts = [];
    const path = url.pathname.replace(/\/+$/, '');
    if (path.length > 1)
        parts.push(`${url.pathname}${url.search}`, `${path}${url.search}`, path);
    for (const segment of url.pathname.split('/')) {
        let decoded = segment;
        try {
            decoded = decodeURIComponent(segment);
        }
        catch {
            // keep it as written
        }
        if (decoded.length >= 16 || !PLAIN_SEGMENT.test(decoded))
            parts.push(segment, decoded);
    }
    for (const [, value] of url.searchParams)
        parts.push(value);
    if (url.username)
        parts.push(url.username);
    if (url.password)
        parts.push(url.password);
    return parts.filter((part) => part.length >= MIN_SECRET_LENGTH);
}
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => SECRET_ENV_NAME.test(name) && value && !NOT_SECRET_VALUES.has(value.toLowerCase()))
        .map(([, value]) => value);
}
function createRedactor(options = {}) {
    const values = [...(options.secrets ?? []), ...(options.env ? secretValuesFromEnv(options.env) : [])]
        .map((value) => value?.trim() ?? '')
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is masked whole.
    const needles = [...new Set(values.flatMap((value) => [value, ...secretUrlParts(value)]).flatMap(variants))].sort((a, b) => b.length - a.length);
    return (text) => {
        if (!text)
            return text;
        let out = text;
        for (const needle of needles) {
            if (out.includes(needle))
                out = out.split(needle).join(REDACTED);
        }
        for (const [pattern, replacement] of TOKEN_PATTERNS)
            out = out.replace(pattern, replacement);
        return maskCutSecret(out, needles);
    };
}
/** How a shortened text ends (cellText and friends cut at a length and add one). */
const CUT_MARK = '…';
/**
 * A text shortened before it reached the redactor (a queue cell cut at 500
 * characters) may end in the first part of a secret, which no whole-value
 * match finds. When the text ends with the cut mark, the longest piece before
 * it that begins a known secret (at least MIN_SECRET_LENGTH characters) is
 * masked as well.
 */
function maskCutSecret(text, needles) {
    if (!text.endsWith(CUT_MARK))
        return text;
    const body = text.slice(0, -CUT_MARK.length);
    let cut = 0;
    for (const needle of needles) {
        for (let n = Math.min(needle.length - 1, body.length); n >= MIN_SECRET_LENGTH && n > cut; n--) {
            if (body.endsWith(needle.slice(0, n))) {
                cut = n;
                break;
            }
        }
    }
    return cut > 0 ? `${body.slice(0, -cut)}${REDACTED}${CUT_MARK}` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/log/logger.ts

const LOG_LEVELS = (/* unused pure expression or super */ null && (['debug', 'info', 'notice', 'warn', 'error']));
const rank = (level) => LOG_LEVELS.indexOf(level);
/**
 * JSON.stringify that survives Errors, bigints and cycles (a log line must
 * never throw) and redacts each string before it is escaped: a secret with a
 * quote or backslash in it would no longer match once serialized.
 */
function safeJson(record, redact) {
    const seen = new WeakSet();
    const text = JSON.stringify(record, (_key, value) => {
        if (typeof value === 'string')
            return redact(value);
        if (value instanceof Error)
            return { name: value.name, message: redact(value.message) };
        if (typeof value === 'bigint')
            return value.toString();
        if (typeof value === 'object' && value !== null) {
            if (seen.has(value))
                return '[Circular]';
            seen.add(value);
        }
        return value;
    });
    // JSON.stringify answers undefined for undefined and functions.
    return text ?? String(record);
}
function formatJsonLine(at, level, message, traceId, fields, redact = (text) => text) {
    const { item_id, ...rest } = fields;
    const record = { ts: at.toISOString(), level, msg: message, trace_id: traceId };
    if (item_id !== undefined)
        record.item_id = item_id;
    for (const [key, value] of Object.entries(rest)) {
        // The fixed keys win: a field may not disguise a line's level or trace.
        if (value !== undefined && !(key in record))
            record[key] = value;
    }
    return safeJson(record, redact);
}
/**
 * A value as it appears after `key=`: strings redacted first (escaping would
 * hide a secret from the final pass), then quoted when they hold spaces,
 * quotes, '=' or control characters (JSON escapes a newline as `\n`, so a
 * value cannot start a forged line); other values as JSON. Whatever is left
 * (C1 controls, bidi overrides) is escaped for the terminal.
 */
function textValue(value, redact) {
    if (typeof value !== 'string')
        return escapeForTerminal(safeJson(value, redact));
    const text = redact(value);
    const quoted = /[\s"=]/.test(text) || escapeForTerminal(text) !== text ? JSON.stringify(text) : text;
    return escapeForTerminal(quoted);
}
/** `12:00:01 INFO  message key=value` (UTC clock time; the trace id is printed once per run, see `announceTrace`). */
function formatTextLine(at, level, message, fields, redact = (text) => text) {
    const pairs = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${textValue(v, redact)}`);
    // One event, one line: a message holding `\n12:00:00 ERROR …` or `\x1b]0;…` shows those as escapes.
    const head = `${at.toISOString().slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${escapeForTerminal(message)}`;
    return pairs.length > 0 ? `${head} ${pairs.join(' ')}` : head;
}
function createLogger(options, base = {}) {
    // Shared by the logger and its children: the trace id is announced once per run, not per child.
    return makeLogger(options, base, { announced: !options.announceTrace || options.format === 'json' });
}
function makeLogger(options, base, state) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const redact = options.redact ?? ((text) => text);
    const now = options.now ?? (() => new Date());
    const min = rank(options.level ?? 'info');
    const emit = (level) => (message, fields = {}) => {
        if (rank(level) < min)
            return;
        const all = { ...base, ...fields };
        const at = now();
        if (!state.announced) {
            state.announced = true;
            write(redact(formatTextLine(at, 'info', `trace_id ${options.traceId}`, {}, redact)));
        }
        const line = options.format === 'json'
            ? // JSON escapes C0 itself; DEL, C1 and bidi marks become \u escapes (still valid JSON, same value).
                escapeForTerminal(formatJsonLine(at, level, message, options.traceId, all, redact))
            : formatTextLine(at, level, message, all, redact);
        // Redact the finished line too: in text it is the only place secrets can be caught.
        write(redact(line));
    };
    return {
        debug: emit('debug'),
        info: emit('info'),
        notice: emit('notice'),
        warn: emit('warn'),
        error: emit('error'),
        child: (fields) => makeLogger(options, { ...base, ...fields }, state),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/util/terminal.ts
// Text from outside (queue ids, titles, model output, server answers) shown on
// a terminal or in a log line: control characters become visible escapes, so
// an id holding `\x1b]0;…\x07` cannot retitle or clear the terminal and an id
// holding a newline cannot forge a log line of its own.
// C0 controls, DEL, C1 controls, and the bidirectional overrides/isolates
// that reorder what a reader sees (Trojan Source, CVE-2021-42574).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, newline excepted
const UNSAFE_KEEP_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    // C0 as `\x1b`; DEL, C1 and the bidi marks as `\u009b`, which is also a
    // valid JSON escape: a JSON log line (where JSON.stringify already escaped
    // C0) stays valid JSON with the same value after this pass.
    return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` with every control character shown as an escape (`\x1b`, `\n`, `\t`,
 * `\u009b`, `\u202e`). With `keepNewlines`, '\n' stays a line break: for a block of
 * lines we built ourselves, whose untrusted values were escaped one by one.
 */
function terminal_escapeForTerminal(text, options = {}) {
    return text.replace(options.keepNewlines ? UNSAFE_KEEP_NEWLINES : UNSAFE, visible);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/core/src/host/toolkit.ts
// The part of @actions/core the actions use, built from the toolkit's own
// modules (its command escaping, its GITHUB_OUTPUT heredoc with a random
// delimiter, its job summary). Why not `import * as core from '@actions/core'`:
// its index imports the OIDC client, which imports @actions/http-client and
// undici (900 kB) at load, for getIDToken, which we never call. That alone
// was most of every action's start-up (issue 12: start in under 2× `node -e 0`).
// The package's `exports` hide lib/, so the modules are named by file; the
// functions below are core.js's own one-liners, with the same behaviour.





/** An input as the runner passes it: INPUT_<NAME>, trimmed ('' when unset). */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message);
}
/** The step fails (exit code 1) with this message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./packages/core/src/host/action-logger.ts
// A Logger that speaks the Actions toolkit: notices, warnings and errors
// become annotations; info and debug go to the log — as readable text, or
// as JSON lines with the run's trace id when `log-format: json`. Every line
// is redacted first.



function suffix(fields) {
    const parts = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}
const SINK = {
    debug: (line) => debug(line),
    info: (line) => info(line),
    notice: (line) => notice(line),
    warn: (line) => warning(line),
    error: (line) => error(line),
};
function createActionLogger(options, base = {}) {
    const now = options.now ?? (() => new Date());
    const emit = (level) => (message, fields = {}) => {
        const all = { ...base, ...fields };
        const line = options.format === 'json'
            ? formatJsonLine(now(), level, message, options.traceId, all, options.redact)
            : message + suffix(all);
        // core.info writes the line raw: a newline in it could start a forged
        // `::error::` workflow command; control characters show as escapes.
        SINK[level](terminal_escapeForTerminal(options.redact(line)));
    };
    return {
        debug: emit('debug'),
        info: emit('info'),
        notice: emit('notice'),
        warn: emit('warn'),
        error: emit('error'),
        child: (fields) => createActionLogger(options, { ...base, ...fields }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/host/action.ts
// The frame every action's main.ts runs in: read only the declared inputs,
// load the one config schema, mask secrets, give a redacting logger, and
// turn errors into a failed step with a clear message (no stack trace for a
// user's mistake). Exit codes as the CLI's: 2 for bad configuration or
// usage (a UserError), 1 for an error the action could not handle.







function readInputs(keys) {
    return Object.fromEntries(keys.map((key) => [key, getInput(key)]));
}
async function runAction(inputKeys, body) {
    // Until the config exists, mask what the environment marks secret (MY_API_KEY,
    // INPUT_…-TOKEN): an invalid-configuration message may quote such a value.
    let redact = createRedactor({ env: process.env });
    try {
        const config = loadConfig({ inputs: readInputs(inputKeys), env: process.env });
        const secrets = secretValues(config);
        // A secret URL's parts too (a webhook's path and token query): a server quoting the request line shows only those.
        for (const s of secrets.flatMap((secret) => [secret, ...secretUrlParts(secret)]))
            setSecret(s);
        redact = createRedactor({ secrets, env: process.env });
        const traceId = newTraceId(process.env);
        const log = createActionLogger({ redact, format: config.logFormat, traceId });
        log.info(`trace_id ${traceId}`);
        const output = (name, value) => setOutput(name, redact(String(value)));
        await body({ config, log, redact, env: process.env, output, traceId });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof errors/* UserError */.yo) && error instanceof Error && error.stack)
            debug(redact(error.stack));
        setFailed(redact(message));
        // setFailed sets exit code 1; a configuration mistake is 2, like the CLI's.
        if (error instanceof errors/* UserError */.yo)
            process.exitCode = 2;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/util/markdown-text.ts
// Untrusted text (queue ids and titles, server messages, model output) put
// into GitHub-flavoured markdown (job summaries): shown as the characters it
// holds, never as markup. Without this an id such as
// `![x](https://tracker.example/p.png)` renders an image in the summary and
// `[Approve](https://phish.example)` a link, and `<details>` opens a block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * `text` as literal markdown inline text: HTML's `& < >` as entities, the
 * punctuation that makes links, images, code and table cells (`\ ` [ ] ! |`)
 * backslash-escaped, control characters dropped. Emphasis marks (`* _ ~`)
 * are left alone: at worst they restyle text, and escaping them would make
 * every SNAKE_CASE code unreadable in the raw summary. Line breaks are left
 * to the caller (a table cell needs `<br>`, a list item a space).
 */
function markdown_text_escapeMarkdownText(text) {
    return text
        .replace(CONTROL, '')
        .replace(/\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`[\]!|]/g, '\\$&');
}
/** One line of untrusted text for a markdown list item or paragraph: escaped, line breaks as spaces. */
function markdown_text_markdownLine(text) {
    return markdown_text_escapeMarkdownText(text).replace(/\r\n|\r|\n/g, ' ');
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts
// Building blocks for GitHub job summaries (GitHub-flavoured markdown, where
// mermaid code blocks render as charts).

/** Markup we wrote ourselves (a link to a run), which a cell passes through as is. */
class TrustedMarkdown {
    markdown;
    constructor(markdown) {
        this.markdown = markdown;
    }
}
/** A link whose text is escaped and whose URL cannot close the link early. */
function markdown_markdownLink(text, url) {
    return new TrustedMarkdown(`[${escapeMarkdownText(text)}](${url.replace(/[()<>\s]/g, encodeURIComponent)})`);
}
/** A cell's text made safe for a table: shown as text, never markup (escapeMarkdownText), line breaks as <br>. */
function markdownCell(value) {
    if (value instanceof TrustedMarkdown)
        return value.markdown;
    return markdown_text_escapeMarkdownText(String(value ?? '')).replace(/\r?\n|\r/g, '<br>');
}
function markdown_markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(markdownCell).join(' | ')} |`;
    const width = headers.length;
    const body = rows.map((row) => line(Array.from({ length: width }, (_, i) => row[i] ?? '')));
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...body].join('\n');
}
/** Mermaid strings are double-quoted and have no escape: quotes become apostrophes, newlines spaces. */
const mermaidText = (text) => `"${text.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;
const mermaidNumber = (value) => (Number.isFinite(value) ? String(Math.round(value * 1e4) / 1e4) : '0');
/**
 * A mermaid `xychart-beta` block. xychart has no legend, so the series names
 * go into the title when there is more than one.
 */
function mermaidXYChart(chart) {
    const names = chart.series.length > 1 ? ` (${chart.series.map((s) => `${s.kind}: ${s.name}`).join(', ')})` : '';
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title ${mermaidText(chart.title + names)}`,
        `    x-axis [${chart.xLabels.map(mermaidText).join(', ')}]`,
    ];
    if (chart.yLabel)
        lines.push(`    y-axis ${mermaidText(chart.yLabel)}`);
    for (const series of chart.series) {
        const values = chart.xLabels.map((_, i) => mermaidNumber(series.values[i] ?? 0));
        lines.push(`    ${series.kind} [${values.join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** A mermaid pie chart; slices of zero are left out (mermaid draws nothing for them but lists them). */
function mermaidPie(chart) {
    const lines = [
        '```mermaid',
        chart.showData === false ? 'pie' : 'pie showData',
        `    title ${chart.title.replace(/\s+/g, ' ').trim()}`,
    ];
    for (const slice of chart.slices) {
        if (slice.value > 0)
            lines.push(`    ${mermaidText(slice.label)} : ${mermaidNumber(slice.value)}`);
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/host/summaries.ts
// Job summaries, one per action: markdown a person reads on the run page
// (tables, and mermaid charts where a trend helps). Pure: text in, text out.





const pct = (rate) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
function executorSummary(result, where) {
    const c = result.counts;
    const usage = runUsage(result.items);
    const lines = [
        `## Executor — ${result.mode} run ${result.run_id}`,
        '',
        result.downgraded ? `> [!WARNING]\n> ${result.downgraded}\n` : '',
        result.require_approval === false
            ? '> [!WARNING]\n> require-approval is off: in publish mode a draft that passes the gate goes live without a human approving it.\n'
            : '',
        markdownTable([
            'processed',
            'published',
            'scheduled',
            'drafted',
            'blocked',
            'retry',
            'failed',
            'conclusion',
            'tokens in',
            'tokens out',
            'cost (USD)',
        ], [
            [
                c.processed,
                c.published,
                c.scheduled,
                c.drafted,
                c.blocked,
                c.retry,
                c.failed,
                result.conclusion,
                usage.tokens_in,
                usage.tokens_out,
                usage.cost_usd.toFixed(4),
            ],
        ]),
        '',
        result.items.length > 0
            ? markdownTable(['row', 'item', 'title', 'outcome', 'gate', 'codes', 'article', 'details', 'tokens', 'cost (USD)'], result.items.map((i) => [
                i.row,
                i.item_id,
                i.title,
                i.outcome,
                i.gate,
                i.codes.join(' '),
                i.article_url,
                i.message,
                i.usage.tokens_in + i.usage.tokens_out,
                i.usage.cost_usd.toFixed(4),
            ]))
            : '_No eligible item._',
        '',
    ];
    if (result.errors && result.errors.length > 0) {
        lines.push(`> [!CAUTION]\n> The run stopped early: ${result.errors.length === 1 ? 'an error' : 'errors'} outside any single item.`, ...result.errors.map((e) => `- ${markdownLine(e)}`), '');
    }
    if (result.problems.length > 0) {
        lines.push('### Rows that need fixing', '', ...result.problems.map((p) => `- ${markdownLine(p.message)}`), '');
    }
    if (result.budget_spent)
        lines.push('_The time budget was spent: claiming stopped early._', '');
    lines.push(markdownTable(['queue', 'publisher', 'generator'], [[where.queue, where.publisher, where.generator]]));
    return lines.filter((l) => l !== '').join('\n\n');
}
function heartbeatSummary(result) {
    const c = result.classification;
    return [
        '## Heartbeat',
        markdownTable(['level', 'active', 'age (s)', 'owner', 'reason', 'incident'], [
            [
                c.level,
                c.active ? 'yes — the executor is skipped' : 'no',
                c.ageSeconds ?? '–',
                c.owner,
                c.reason,
                result.incidentAction,
            ],
        ]),
    ].join('\n\n');
}
/** `gitHubRequests`: how many GitHub requests the tick made (the host counts them). */
function supervisorSummary(result, gitHubRequests) {
    const s = result.snapshot;
    const completed = s.runs.filter((r) => r.status === 'completed').slice(0, 10);
    const sections = [
        `## Supervisor — \`${result.decision.code}\`${result.dryRun ? ' (dry run: nothing changed)' : ''}`,
        result.decision.reason,
        '### What it decided from',
        markdownTable([
            'pending items',
            'WF_ENABLED',
            'ALLOW_PUBLISH',
            'last reconcile',
            'heartbeat',
            'active runs',
            'failed rows (24 h)',
            'expired leases',
            'open incidents',
        ], [
            [
                s.pendingCount,
                s.vars.WF_ENABLED ?? '(unset)',
                s.vars.ALLOW_PUBLISH ?? '(unset)',
                s.lastDecision
                    ? `${s.lastDecision.decision}${s.lastDecision.code ? ` (${s.lastDecision.code})` : ''}`
                    : '(none)',
                `${s.heartbeat.level}${s.heartbeat.active ? ' (local runner active)' : ''}`,
                s.activeRuns.length,
                s.failedWithin24h,
                s.expiredLeases,
                s.openIncidents.map((i) => i.key).join(', ') || 'none',
            ],
        ]),
        s.lastDecision ? describeEvaluation(s.lastDecision) : '',
        '### Recent runs of the publish workflow',
        completed.length > 0
            ? markdownTable(['run', 'mode', 'conclusion', 'started', 'finished'], completed.map((r) => [
                r.url ? markdownLink(r.run_id, r.url) : r.run_id,
                r.mode,
                r.conclusion ?? '',
                r.started_at,
                r.finished_at ?? '',
            ]))
            : '_No completed run yet._',
        // Applied: only what was checked to have happened (a switch read back, the issue or run GitHub returned).
        `### Effects ${result.dryRun ? '(planned)' : '(applied)'}`,
        (result.dryRun ? result.planned.map((e) => describeEffect(e)) : result.done)
            .map((line) => `- ${line}`)
            .join('\n') || '_None._',
    ];
    if (result.dispatched?.url)
        sections.push(`Dispatched run: ${result.dispatched.url}`);
    if (result.skipped.length > 0)
        sections.push(result.skipped
            .map((s) => `- skipped: ${markdownLine(describeEffect(s.effect))} — ${markdownLine(s.why)}`)
            .join('\n'));
    if (result.errors.length > 0)
        sections.push(`> [!CAUTION]\n> ${result.errors.map(markdownLine).join('\n> ')}`);
    if (gitHubRequests !== undefined)
        sections.push(`GitHub requests: ${gitHubRequests}`);
    return sections.filter((section) => section !== '').join('\n\n');
}
function reconcileSummary(result) {
    const m = result.metrics;
    const sections = [
        `## Reconcile — \`${result.recommendation.decision}\` (\`${result.recommendation.code}\`)`,
        result.recommendation.reason,
        `Evaluated at ${result.entry.at} over ${m.window.from} → ${m.window.to}.`,
        markdown_markdownTable([
            'processed',
            'pass rate',
            'system failure rate',
            'block rate',
            'open blocks',
            'recovered',
            'retries',
            'tokens in',
            'tokens out',
            'cost (USD)',
            'p50 ms',
            'p95 ms',
            'decision changed',
        ], [
            [
                m.processed,
                pct(m.passRate),
                pct(m.failureRate),
                pct(m.blockRate),
                m.openBlocks,
                m.recovered,
                m.retries,
                m.tokensIn,
                m.tokensOut,
                m.costUsd.toFixed(4),
                m.p50DurationMs ?? '–',
                m.p95DurationMs ?? '–',
                result.decisionChanged ? 'yes' : 'no',
            ],
        ]),
    ];
    const outcomes = Object.entries(m.counts).filter(([, n]) => n > 0);
    if (outcomes.length > 0) {
        sections.push(mermaidPie({ title: 'Outcomes', slices: outcomes.map(([label, value]) => ({ label, value })) }));
    }
    const trend = result.trend;
    if (trend.length > 0) {
        const days = trend.map((d) => d.day);
        sections.push(`### By day (${trend.length} day${trend.length === 1 ? '' : 's'} with rows, ${days[0]} to ${days.at(-1)})`, mermaidXYChart({
            title: 'Pass rate by day (%)',
            xLabels: days,
            series: [
                {
                    name: 'pass rate',
                    kind: 'line',
                    values: trend.map((d) => (d.processed ? (100 * d.passed) / d.processed : 0)),
                },
            ],
        }), mermaidXYChart({
            title: 'Throughput by day',
            xLabels: days,
            series: [
                { name: 'processed', kind: 'bar', values: trend.map((d) => d.processed) },
                { name: 'passed', kind: 'line', values: trend.map((d) => d.passed) },
            ],
        }), mermaidXYChart({
            title: 'Cost by day (USD)',
            xLabels: days,
            series: [{ name: 'cost', kind: 'bar', values: trend.map((d) => d.cost_usd) }],
        }));
    }
    if (m.topErrorCodes.length > 0) {
        sections.push('### Top error codes', markdown_markdownTable(['code', 'count'], m.topErrorCodes.map((e) => [e.code, e.count])));
    }
    sections.push('### Needs a human', result.needHuman.length > 0
        ? markdown_markdownTable(['row', 'item', 'status', 'why', 'article'], result.needHuman.map((n) => [n.row, n.id, n.status, n.reason, n.article_url]))
        : '_Nothing._');
    if (result.costIncident !== 'none')
        sections.push(`cost-budget incident: ${result.costIncident}`);
    return sections.join('\n\n');
}
function incidentSummary(request, outcome) {
    return [
        `## Incident \`${request.key}\``,
        markdownTable(['asked', 'done', 'issue', 'state', 'severity'], [
            [
                request.action,
                outcome.action,
                outcome.incident?.url ?? outcome.incident?.id ?? '–',
                outcome.incident?.state ?? '–',
                request.severity,
            ],
        ]),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./packages/core/src/domain/cost-budget.ts
// The cost-budget incident's rule: open while the last 24 hours cost more
// than the daily budget, resolve once a day comes in under it.
function costBudgetAlert(costLast24hUsd, budgetUsd) {
    if (budgetUsd === undefined)
        return 'none';
    return costLast24hUsd > budgetUsd ? 'open' : 'resolve';
}

;// CONCATENATED MODULE: ./packages/core/src/domain/incident-text.ts
// Text put into an incident (a GitHub issue body or comment) from outside:
// a workflow's input, an error message a server sent, an item id or title.
// It is shown as the characters it holds, never as markup — escaped with the
// helper the job summaries use (escapeMarkdownText: no link, image, HTML,
// table or code span can start or end in it) — and it never reaches anyone:
//
// - `@name` and `@org/team` would notify them. An incident pings nobody from
//   its text: a zero-width space goes after every `@`, so GitHub sees no
//   mention and a reader sees `@name` unchanged.
// - `#123`, `GH-123` and `owner/repo#123` would link (and cross-reference)
//   another issue or pull request: the same zero-width space goes after the
//   `#` / `GH-`, so the text stays and the reference does not.
//
// Line breaks are kept (a multi-line message stays readable, a `- ` line
// stays a list item); emphasis marks are left, as in the summaries. A bare
// URL still shows as a link, its text being the address itself, so it cannot
// pose as another. Values in code spans (the key, the trace id) go through
// codeSpan: a backtick in them cannot close the span early. Pure.

/** U+200B: invisible, and no username, issue number or URL character. */
const ZWSP = '\u200b';
/** `@mentions` and issue references made inert (see above); everything else unchanged. */
function neutralizeReferences(text) {
    return text.replace(/@/g, `@${ZWSP}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZWSP}`);
}
/** Untrusted text as literal markdown for an incident body: escaped, inert, its lines kept. */
function incidentText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => neutralizeReferences(markdown_text_escapeMarkdownText(line)))
        .join('\n');
}
/**
 * A code span that shows `text` exactly: fenced by more backticks than the
 * longest run inside it (CommonMark), padded when it starts or ends with a
 * backtick, on one line (a blank line would end the paragraph and the span).
 */
function codeSpan(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/incident.ts

const DEFAULT_INCIDENT_POLICY = { repeatIntervalHours: 6, reopenWindowHours: 24 };
const HOUR_MS = 3_600_000;
/** When we last spoke on the incident: our newest comment, else its creation. */
function lastSpokeAt(incident) {
    const times = [incident.created_at, incident.last_comment_at].map((t) => (t ? Date.parse(t) : Number.NaN));
    const valid = times.filter((t) => !Number.isNaN(t));
    return valid.length > 0 ? Math.max(...valid) : Number.NEGATIVE_INFINITY;
}
/**
 * What to do with the tracker for a trigger.
 * - `open` is a repeat of the condition: comments on an open incident only
 *   when the repeat interval has passed since we last spoke (else noop).
 * - `update` brings new information on purpose (a human or CLI): it always
 *   comments on an open incident; with none open it acts like `open`.
 * - `resolve` closes an open incident; with none open it is a noop.
 */
function planIncident(existing, trigger, now, policy = {}) {
    const p = { ...DEFAULT_INCIDENT_POLICY, ...policy };
    if (trigger === 'resolve')
        return existing?.state === 'open' ? 'close' : 'noop';
    if (!existing)
        return 'create';
    if (existing.state === 'open') {
        if (trigger === 'update')
            return 'comment';
        return now.getTime() - lastSpokeAt(existing) >= p.repeatIntervalHours * HOUR_MS ? 'comment' : 'noop';
    }
    const closedAt = Date.parse(existing.closed_at ?? existing.updated_at);
    if (Number.isNaN(closedAt))
        return 'create';
    return now.getTime() - closedAt <= p.reopenWindowHours * HOUR_MS ? 'reopen' : 'create';
}
/** The hidden marker that ties an issue to its key (found through the list endpoint, not search). */
function incidentMarker(key) {
    return `<!-- autopilot-incident:${key} -->`;
}
/**
 * Why a key cannot be an incident key, or undefined when it can. The key is
 * written into the hidden marker (an HTML comment) and found by it again:
 * `<`, `>` or a line break could end the comment early or make the marker
 * unreadable, so a key holding one is refused rather than escaped (an
 * escaped key would not find the incidents opened under it).
 */
function incidentKeyProblem(key) {
    if (!key.trim())
        return 'is empty';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[<>\u0000-\u001f\u007f]/.test(key))
        return 'holds <, > or a control character';
    return undefined;
}
/** A URL on one line that cannot end early or start markup: the characters that could, percent-encoded. */
const inertUrl = (url) => url.trim().replace(/[\s()<>[\]`'"]/g, encodeURIComponent);
/**
 * The issue body (or comment): the summary and details as inert text
 * (incident-text.ts: escaped, mentions and issue references neutralised),
 * the run, the trace id and the key (code spans that no backtick closes
 * early), then the hidden marker. Redact the texts before: escaping can
 * split a secret so that the redactor no longer sees it.
 */
function renderIncidentBody(input) {
    const lines = [incidentText(input.summary.trim())];
    if (input.details?.trim())
        lines.push('', incidentText(input.details.trim()));
    const refs = [];
    if (input.runUrl)
        refs.push(`Run: ${inertUrl(input.runUrl)}`);
    if (input.traceId)
        refs.push(`Trace: ${codeSpan(input.traceId)}`);
    refs.push(`Incident key: ${codeSpan(input.key)} — see RUNBOOK.md for what to do.`);
    lines.push('', ...refs.map((r) => `- ${r}`), '', incidentMarker(input.key));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/services/incident.ts
// The incident service: one trigger for one key → at most one tracker call,
// decided by the pure lifecycle rules. Every text it posts is redacted, then
// made inert: the body is escaped markdown that mentions nobody and links no
// issue, the title mentions nobody (domain/incident-text.ts). Redaction comes
// first, on the texts as given: escaping can split a secret (`&` → `&amp;`)
// so that the redactor would no longer match it.



const VERB = {
    create: 'opened',
    comment: 'still happening',
    reopen: 'reopened',
    close: 'resolved',
};
async function runIncident(deps, request) {
    const { redact } = deps;
    const keyProblem = incidentKeyProblem(request.key);
    if (keyProblem)
        throw new errors/* UserError */.yo(`key ${JSON.stringify(request.key)} ${keyProblem}; expected an incident key such as pipeline-unstable`);
    const log = deps.log.child({ incident: request.key });
    const existing = await deps.incidents.find(request.key);
    const action = planIncident(existing, request.action, request.now, request.policy);
    if (action === 'noop') {
        const why = existing?.state === 'open' ? 'already open; repeat interval not reached' : 'nothing open to resolve';
        log.info(`incident ${request.key}: no change (${why})`);
        return { action, incident: existing, notified: false };
    }
    const title = neutralizeReferences(redact(request.title));
    const body = redact(renderIncidentBody({
        key: request.key,
        summary: redact(request.body),
        runUrl: request.runUrl && redact(request.runUrl),
        traceId: request.traceId && redact(request.traceId),
    }));
    let incident;
    if (action === 'create') {
        incident = await deps.incidents.open({
            key: request.key,
            title,
            body,
            severity: request.severity,
            labels: request.labels,
        });
    }
    else if (!existing) {
        // planIncident only comments, reopens or closes an existing incident.
        throw new Error(`incident ${request.key}: ${action} planned without an incident`);
    }
    else if (action === 'comment') {
        incident = await deps.incidents.comment(existing, body);
    }
    else if (action === 'reopen') {
        incident = await deps.incidents.reopen(existing, body);
    }
    else {
        incident = await deps.incidents.close(existing, body);
    }
    const level = action === 'close' ? 'info' : 'notice';
    log[level](`incident ${request.key} ${VERB[action]}: ${title}`, { url: incident.url });
    let notified = false;
    if (deps.notifier) {
        const sent = await deps.notifier.notify({
            run_id: request.runId ?? '',
            trace_id: request.traceId,
            task: 'incident',
            status: VERB[action],
            title: redact(`[${request.severity}] ${request.title} (${VERB[action]})`),
            outputs_uri: incident.url ?? request.runUrl,
            log_excerpt: redact(request.body),
        });
        notified = sent.delivered;
        if (!sent.delivered)
            log.warn(`incident ${request.key}: notification not delivered: ${redact(sent.error ?? '')}`);
    }
    return { action, incident, notified };
}

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __nccwpck_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/codes.ts
/** Every code a rule can find (RUNBOOK.md "Gate rule codes" explains each; a test keeps the two in step). */
const RULE_CODES = [
    'TITLE_MISSING',
    'TITLE_TOO_LONG',
    'SUMMARY_TOO_LONG',
    'BODY_TOO_SHORT',
    'BODY_TOO_LONG',
    'KEYWORD_MISSING',
    'NO_HEADINGS',
    'PLACEHOLDER',
    'BANNED_PHRASE',
    'UNSAFE_HTML',
    'DUPLICATE_TITLE',
    'META_TITLE_TOO_LONG',
    'META_DESCRIPTION_LENGTH',
    'IMAGE_MISSING',
    'IMAGE_ALT_MISSING',
    'NO_INTERNAL_LINK',
    'BROKEN_LINK',
    'READING_LEVEL',
    'NEAR_DUPLICATE',
];

;// CONCATENATED MODULE: ./packages/core/src/domain/queue/parse-row.ts
// A queue row, checked and typed. A row with a problem is reported with its
// row number, id, field, value and what was expected, and never changed.



const APPROVALS = (/* unused pure expression or super */ null && (['', 'pending', 'approved', 'rejected']));
function splitKeywords(text) {
    return text
        .split(/[;,]/)
        .map((k) => k.trim())
        .filter(Boolean);
}
/** A BCP 47 language tag, loosely: a 2–3 letter language, then optional subtags (pt-BR, zh-Hant). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
function isWebUrl(text) {
    try {
        const url = new URL(text);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
/**
 * The cells the parse reads, and the zone: two rows alike in these parse
 * alike. A parse that starts reading another cell adds it here (a test
 * checks that no other cell changes the result).
 */
const PARSED_CELLS = (/* unused pure expression or super */ null && ([
    'id',
    'status',
    'priority',
    'publish_at',
    'next_attempt_at',
    'lease_until',
    'attempts',
    'approval',
    'image_url',
    'language',
    'keywords',
    'tags',
    'links',
]));
// Every claim reads the queue again, as new row objects, and parses every row:
// in a queue of 10,000 rows that is most of a claim's work, for rows that
// have not changed. Kept by content, so a row read again parses once; bounded
// (cleared when full), as a queue's rows change through a run.
const parsed = new Map();
const PARSED_LIMIT = 50_000;
// A frozen row (the CSV store shares unchanged rows between reads, frozen)
// cannot change: its parse is kept by the object itself, per time zone, and
// a claim over 10,000 unchanged rows builds no content key at all.
const byFrozenRow = new WeakMap();
/** A queue row, checked and typed (from the memo when a row of the same cells was parsed). */
function parseQueueRow(row, options = {}) {
    const frozen = Object.isFrozen(row);
    if (frozen) {
        const known = byFrozenRow.get(row);
        if (known && known.timeZone === options.timeZone)
            return known.result;
    }
    const result = parseByContent(row, options);
    if (frozen)
        byFrozenRow.set(row, { timeZone: options.timeZone, result });
    return result;
}
function parseByContent(row, options) {
    let key = `${row.row}\u0000${options.timeZone ?? ''}`;
    for (const cell of PARSED_CELLS)
        key += `\u0000${row[cell]}`;
    const known = parsed.get(key);
    // The item carries the row it was parsed from: this one.
    if (known)
        return known.ok ? { ok: true, item: { ...known.item, row } } : known;
    const result = parseQueueRowUnmemoized(row, options);
    if (parsed.size >= PARSED_LIMIT)
        parsed.clear();
    parsed.set(key, result);
    return result;
}
/** parseQueueRow without the memo (the tests compare the two). */
function parseQueueRowUnmemoized(row, options = {}) {
    const problems = [];
    const id = row.id.trim();
    const problem = (field, value, expected) => problems.push({
        row: row.row,
        id,
        field,
        value,
        expected,
        message: `row ${row.row}${id ? ` (id "${id}")` : ''}: ${field} ${value === '' ? 'is empty' : `"${value}" is not valid`}; expected ${expected}`,
    });
    if (!id)
        problem('id', '', 'a unique, stable id');
    const statusText = row.status.trim().toUpperCase();
    const status = (statusText || 'PENDING');
    if (!ITEM_STATUSES.includes(status))
        problem('status', row.status, `one of ${ITEM_STATUSES.join(', ')} (or empty for PENDING)`);
    const priorityText = row.priority.trim().toUpperCase();
    const priority = (priorityText || 'P2');
    if (!PRIORITIES.includes(priority))
        problem('priority', row.priority, 'P0, P1 or P2 (or empty for P2)');
    const times = {
        publish_at: undefined,
        next_attempt_at: undefined,
        lease_until: undefined,
    };
    for (const field of ['publish_at', 'next_attempt_at', 'lease_until']) {
        if (!row[field].trim())
            continue;
        // Only a person's time is read in the configured zone; the lease and retry times are ours, written in UTC.
        // A lease may carry the state it was claimed from after its time (claimed-from.ts).
        const text = field === 'lease_until' ? leaseTimeText(row[field]) : row[field];
        times[field] = parseQueueTime(text, field === 'publish_at' ? options.timeZone : undefined);
        if (!times[field])
            problem(field, row[field], `an ISO 8601 time such as 2026-11-22T09:00:00Z, or YYYY-MM-DD HH:MM (${field === 'publish_at' ? options.timeZone || 'UTC' : 'UTC'})`);
    }
    const attemptsText = row.attempts.trim();
    const attempts = attemptsText === '' ? 0 : Number(attemptsText);
    if (!/^\d*$/.test(attemptsText))
        problem('attempts', row.attempts, 'a whole number ≥ 0 (or empty)');
    const approval = row.approval.trim().toLowerCase();
    if (!APPROVALS.includes(approval))
        problem('approval', row.approval, 'pending, approved or rejected (or empty)');
    // The article's own fields: only the two with a shape to get wrong are checked here.
    if (row.image_url.trim() && !isWebUrl(row.image_url.trim()))
        problem('image_url', row.image_url, 'an http(s) URL of the image, such as https://cdn.example.com/tea.jpg (or empty)');
    if (row.language.trim() && !LANGUAGE_TAG.test(row.language.trim()))
        problem('language', row.language, 'a language tag such as en, de or pt-BR (or empty)');
    if (problems.length > 0)
        return { ok: false, problems };
    return {
        ok: true,
        item: {
            id,
            status,
            priority,
            publishAt: times.publish_at,
            nextAttemptAt: times.next_attempt_at,
            leaseUntil: times.lease_until,
            attempts,
            keywords: splitKeywords(row.keywords),
            tags: splitKeywords(row.tags),
            links: splitKeywords(row.links),
            approval,
            row,
        },
    };
}
const DUPLICATE_ID = 'DUPLICATE_ID';
/**
 * Every row whose id another row also uses is a problem — all of them, the
 * first too: ids are the idempotency keys, and which row is the copy only a
 * human can tell. None of them is worked on until one gets a new id.
 */
function findDuplicateIds(rows) {
    // Asked on every claim of every row: one pass that allocates only for ids
    // that are used twice (nearly never), then the problems of those alone.
    const firstRow = new Map();
    const shared = new Map();
    for (const row of rows) {
        const id = row.id.trim();
        if (!id)
            continue;
        const first = firstRow.get(id);
        if (first === undefined)
            firstRow.set(id, row.row);
        else
            shared.set(id, [...(shared.get(id) ?? [first]), row.row]);
    }
    if (shared.size === 0)
        return [];
    const problems = [];
    for (const row of rows) {
        const id = row.id.trim();
        const all = shared.get(id);
        if (!id || !all)
            continue;
        const others = all.filter((r) => r !== row.row);
        problems.push({
            row: row.row,
            id,
            field: 'id',
            value: id,
            expected: 'an id no other row uses',
            code: DUPLICATE_ID,
            message: `row ${row.row}: id "${id}" is also used by row ${others.join(', ')}; expected an id no other row uses (neither row is worked on until one gets a new id)`,
        });
    }
    return problems;
}
/** The note a duplicated row gets, once: what is wrong and what to do. */
function duplicateIdNote(problem) {
    return `${DUPLICATE_ID}: ${problem.message.replace(/^row \d+: /, '')} — give one of the rows a new id`;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/outcome-class.ts


/**
 * Item codes that are about the row a human wrote, not about a service: the
 * content is missing or unreadable where the row points, the model declined
 * the topic, the blog already holds every variant of the handle, or a row
 * marked UPDATE names an article the store does not have (its article_id or
 * handle is wrong, or the article was deleted: the row's own input). Retrying
 * cannot help and nothing is broken: a person fixes the row, as for a gate
 * block, so they count with the content blocks, not as system failures.
 */
const ROW_INPUT_CODES = [
    'NO_CONTENT',
    'CONTENT_NOT_FOUND',
    'CONTENT_PATH_OUTSIDE',
    'FRONT_MATTER_INVALID',
    'LLM_REFUSED',
    'SHOPIFY_TAKEN',
    'SITE_HANDLE_TAKEN',
    'UPDATE_NO_ARTICLE',
];
/** The codes of a content block: the gate's rules, a reviewer's rejection, a duplicate id, a row's own input. */
const CONTENT_BLOCK_CODES = new Set([
    ...RULE_CODES,
    'REJECTED',
    DUPLICATE_ID,
    ...ROW_INPUT_CODES,
]);
/** Gate verdicts that stop a draft: a blocked row without codes but with one of these was stopped by the gate. */
const GATE_STOPS = new Set(['BLOCK', 'RETRY']);
/**
 * A blocked outcome is a content block when every code it carries is a
 * content code (and it carries one; a code-less row counts as one only when
 * its gate verdict stopped it). Any other code — an item error, a service's
 * failure — makes it a system failure, so one system code among rule codes
 * is enough.
 */
function isContentBlock(row) {
    const codes = row.error_codes.map((c) => c.trim()).filter(Boolean);
    if (codes.length === 0)
        return GATE_STOPS.has(row.gate);
    return codes.every((code) => CONTENT_BLOCK_CODES.has(code));
}
/** The class of one outcome; an outcome the model does not know (a hand edit) is a system failure. */
function classifyOutcome(row) {
    switch (row.outcome) {
        case 'published':
        case 'scheduled':
        case 'drafted':
            return 'passed';
        case 'skipped':
            return 'skipped';
        case 'blocked':
            return isContentBlock(row) ? 'content_block' : 'system_failure';
        default:
            return 'system_failure';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/metrics.ts
// Run-log metrics over a window: the numbers reconcile decides on and the job
// summary shows. Which outcome is a system failure and which a content block
// is classifyOutcome's call (outcome-class.ts). Pure.


const TOP_CODES = 5;
const DAY_MS = 86_400_000;
/** Nearest-rank percentile of an ascending list: the value at rank ⌈p/100 · n⌉. */
function nearestRank(sorted, p) {
    if (sorted.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1] ?? null;
}
const money = (usd) => Number(usd.toFixed(6));
const ratio = (part, whole) => (whole > 0 ? Number((part / whole).toFixed(4)) : null);
function summarizeRunLog(rows, window) {
    const from = window.from.getTime();
    const to = window.to.getTime();
    const counts = Object.fromEntries(model/* OUTCOMES */.im.map((o) => [o, 0]));
    const seen = new Set();
    const codes = new Map();
    const days = new Map();
    const durations = [];
    let processed = 0;
    let duplicates = 0;
    let invalidRows = 0;
    let retries = 0;
    let tokensIn = 0;
    let tokensOut = 0;
    let costUsd = 0;
    let costLast24hUsd = 0;
    let recovered = 0;
    let systemFailures = 0;
    let contentBlocks = 0;
    let systemBlocks = 0;
    /** Content blocks per item not yet followed by a pass (rows come oldest first). */
    const blockedSince = new Map();
    for (const row of rows) {
        const at = Date.parse(row.at);
        if (Number.isNaN(at)) {
            invalidRows += 1;
            continue;
        }
        if (at < from || at > to)
            continue;
        // A retried append may land twice: the copy is dropped. But the row an executor appends when
        // an item's queue row could not be written (QUEUE_WRITE_FAILED) follows that item's outcome row
        // under the same run and item, and is no copy: a system failure of its own, it counts too —
        // its outcome and code only, as the outcome row already counted the item's usage and codes.
        const itemKey = JSON.stringify([row.run_id, row.item_id]);
        const unwritten = row.error_codes.includes('QUEUE_WRITE_FAILED');
        const key = unwritten ? JSON.stringify([row.run_id, row.item_id, 'QUEUE_WRITE_FAILED']) : itemKey;
        if (seen.has(key)) {
            duplicates += 1;
            continue;
        }
        seen.add(key);
        const afterOutcome = unwritten && seen.has(itemKey);
        processed += 1;
        counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
        for (const code of afterOutcome ? ['QUEUE_WRITE_FAILED'] : row.error_codes) {
            if (code)
                codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        const cost = afterOutcome ? 0 : row.cost_usd || 0;
        if (!afterOutcome) {
            retries += Math.max(0, (row.attempts || 0) - 1);
            tokensIn += row.tokens_in || 0;
            tokensOut += row.tokens_out || 0;
            if (Number.isFinite(row.duration_ms))
                durations.push(row.duration_ms);
        }
        costUsd += cost;
        if (at > to - DAY_MS)
            costLast24hUsd += cost;
        const kind = classifyOutcome(row);
        if (kind === 'system_failure')
            systemFailures += 1;
        if (kind === 'system_failure' && row.outcome === 'blocked')
            systemBlocks += 1;
        if (kind === 'content_block') {
            contentBlocks += 1;
            blockedSince.set(row.item_id, (blockedSince.get(row.item_id) ?? 0) + 1);
        }
        if (kind === 'passed') {
            recovered += blockedSince.get(row.item_id) ?? 0;
            blockedSince.delete(row.item_id);
        }
        const day = new Date(at).toISOString().slice(0, 10);
        const entry = days.get(day) ?? { day, processed: 0, passed: 0, failed: 0, blocked: 0, cost_usd: 0 };
        entry.processed += 1;
        if (kind === 'passed')
            entry.passed += 1;
        if (kind === 'system_failure')
            entry.failed += 1;
        if (kind === 'content_block')
            entry.blocked += 1;
        entry.cost_usd += cost;
        days.set(day, entry);
    }
    durations.sort((a, b) => a - b);
    const passed = counts.published + counts.scheduled + counts.drafted;
    const openBlocks = contentBlocks - recovered;
    // Rates over the attempted items: a skipped item was neither a pass nor a failure (as in the report).
    const attempted = processed - counts.skipped;
    return {
        window: { from: window.from.toISOString(), to: window.to.toISOString() },
        processed,
        counts,
        passRate: ratio(passed, attempted),
        failureRate: ratio(systemFailures, attempted),
        systemBlocks,
        blockRate: ratio(openBlocks, attempted),
        openBlocks,
        recovered,
        topErrorCodes: [...codes]
            .map(([code, count]) => ({ code, count }))
            .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
            .slice(0, TOP_CODES),
        retries,
        tokensIn,
        tokensOut,
        costUsd: money(costUsd),
        costLast24hUsd: money(costLast24hUsd),
        p50DurationMs: nearestRank(durations, 50),
        p95DurationMs: nearestRank(durations, 95),
        trend: [...days.values()]
            .sort((a, b) => a.day.localeCompare(b.day))
            .map((d) => ({ ...d, cost_usd: money(d.cost_usd) })),
        duplicates,
        invalidRows,
    };
}
/** The flat numbers a decision-log entry keeps. */
function decisionMetrics(m) {
    return {
        window_from: m.window.from,
        window_to: m.window.to,
        processed: m.processed,
        ...m.counts,
        pass_rate: m.passRate,
        failure_rate: m.failureRate,
        system_blocks: m.systemBlocks,
        block_rate: m.blockRate,
        open_blocks: m.openBlocks,
        recovered: m.recovered,
        retries: m.retries,
        tokens_in: m.tokensIn,
        tokens_out: m.tokensOut,
        cost_usd: m.costUsd,
        cost_last_24h_usd: m.costLast24hUsd,
        p50_duration_ms: m.p50DurationMs,
        p95_duration_ms: m.p95DurationMs,
        top_error_codes: m.topErrorCodes.map((c) => `${c.code}:${c.count}`).join(' '),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/recommend.ts
const DEFAULT_RECONCILE_POLICY = {
    minSamples: 4,
    pauseFailureRate: 0.5,
    reviewFailureRate: 0.2,
    blockRateThreshold: 0.25,
};
/**
 * Why reconcile decided what it did, one stable code each (RUNBOOK.md
 * "Reconcile decisions" explains each one and what to do).
 */
const RECONCILE_REASON_CODES = (/* unused pure expression or super */ null && ([
    'no_data',
    'cost_over_budget',
    'system_failures_pause',
    'system_failures_review',
    'content_needs_human',
    'healthy',
]));
const recommend_pct = (rate) => `${Math.round(rate * 1000) / 10}%`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The items a system error parked BLOCKED, when there are any: they count as system failures. */
function systemBlocks(m) {
    return m.systemBlocks > 0 ? `; ${plural(m.systemBlocks, 'item')} blocked by a system error, not the content` : '';
}
function recommend(metrics, policy = {}) {
    const p = { ...DEFAULT_RECONCILE_POLICY, ...policy };
    if (metrics.processed === 0) {
        return {
            decision: 'no_data',
            code: 'no_data',
            reason: `no run-log rows between ${metrics.window.from} and ${metrics.window.to}`,
        };
    }
    const rate = metrics.failureRate ?? 0;
    const sample = `${metrics.processed} processed`;
    if (p.dailyCostBudgetUsd !== undefined) {
        const worstDay = Math.max(metrics.costLast24hUsd, ...metrics.trend.map((d) => d.cost_usd));
        if (worstDay > p.dailyCostBudgetUsd) {
            return {
                decision: 'pause_and_review',
                code: 'cost_over_budget',
                reason: `daily cost $${worstDay.toFixed(2)} exceeds the budget of $${p.dailyCostBudgetUsd.toFixed(2)} (${sample})`,
            };
        }
    }
    // Pausing needs evidence (min-samples); a cautious step back to review does not.
    if (rate >= p.pauseFailureRate && metrics.processed >= p.minSamples) {
        return {
            decision: 'pause_and_review',
            code: 'system_failures_pause',
            reason: `system failure rate ${recommend_pct(rate)} ≥ ${recommend_pct(p.pauseFailureRate)} over ${sample} (failed or retried: API errors, timeouts)${systemBlocks(metrics)}`,
        };
    }
    if (rate >= p.reviewFailureRate) {
        const few = rate >= p.pauseFailureRate ? ` (too few to pause: < ${p.minSamples} samples)` : '';
        return {
            decision: 'review_only',
            code: 'system_failures_review',
            reason: `system failure rate ${recommend_pct(rate)} ≥ ${recommend_pct(p.reviewFailureRate)} over ${sample}${few}${systemBlocks(metrics)}`,
        };
    }
    const blockRate = metrics.blockRate ?? 0;
    const recovered = metrics.recovered > 0 ? `; ${plural(metrics.recovered, 'block')} fixed and passed since` : '';
    if (blockRate >= p.blockRateThreshold) {
        return {
            decision: 'continue_publish',
            code: 'content_needs_human',
            reason: `content needs a human: ${plural(metrics.openBlocks, 'draft')} blocked by the gate or a reviewer ` +
                `(block rate ${recommend_pct(blockRate)} ≥ ${recommend_pct(p.blockRateThreshold)} over ${sample})${recovered}; ` +
                `blocked drafts never go out, so publishing goes on; system failure rate ${recommend_pct(rate)}`,
        };
    }
    return {
        decision: 'continue_publish',
        code: 'healthy',
        reason: `system failure rate ${recommend_pct(rate)} < ${recommend_pct(p.reviewFailureRate)} over ${sample}; ` +
            `pass rate ${recommend_pct(metrics.passRate ?? 0)}; block rate ${recommend_pct(blockRate)}${recovered}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/need-human.ts

const need_human_HOUR_MS = 3_600_000;
function itemsNeedingHuman(rows, now, approvalWaitHours = 24) {
    const out = [];
    const duplicates = new Map(findDuplicateIds(rows).map((p) => [p.row, p]));
    for (const row of rows) {
        const status = row.status.trim().toUpperCase();
        const base = {
            row: row.row,
            id: row.id,
            title: row.title,
            updated_at: row.updated_at,
            article_url: row.article_url,
        };
        const duplicate = duplicates.get(row.row);
        if (duplicate) {
            out.push({ ...base, status: DUPLICATE_ID, reason: duplicate.message.replace(/^row \d+: /, '') });
        }
        else if (status === 'BLOCKED') {
            // A BLOCKED row's reason is in notes (`[CODE] …`); last_error, if any, is an older attempt's.
            out.push({ ...base, status, reason: row.notes.trim() || row.last_error.trim() || 'blocked' });
        }
        else if (status === 'FAILED') {
            out.push({ ...base, status, reason: row.last_error.trim() || row.notes.trim() || 'failed' });
        }
        else if (status === 'AWAITING_APPROVAL') {
            const since = Date.parse(row.updated_at);
            if (Number.isNaN(since)) {
                out.push({ ...base, status, reason: 'awaiting approval (updated_at unknown)' });
            }
            else if (now.getTime() - since > approvalWaitHours * need_human_HOUR_MS) {
                const hours = Math.floor((now.getTime() - since) / need_human_HOUR_MS);
                out.push({ ...base, status, reason: `awaiting approval for ${hours} h` });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
const DEFAULT_HISTORY_LIMIT = 50;
function decision_log_decisionChanged(doc, entry) {
    return doc.last_decision?.decision !== entry.decision;
}
/**
 * The next document: the entry always becomes `last_evaluation`; on a change
 * of decision it also becomes `last_decision` and joins the (bounded,
 * oldest-first) history.
 */
function applyDecision(doc, entry, historyLimit = DEFAULT_HISTORY_LIMIT) {
    if (!decision_log_decisionChanged(doc, entry))
        return { ...doc, last_evaluation: entry };
    return {
        ...doc,
        last_decision: entry,
        last_evaluation: entry,
        history: [...doc.history, entry].slice(-Math.max(1, historyLimit)),
    };
}
/**
 * What is current: the newer of the latest evaluation and the last decision
 * (a human may write `last_decision` by hand after reconcile's last run; the
 * later one stands). A log without `last_evaluation` (older files) gives its
 * last decision.
 */
function currentDecision(doc) {
    const evaluation = doc.last_evaluation ?? null;
    const decision = doc.last_decision ?? null;
    if (!evaluation)
        return decision;
    if (!decision)
        return evaluation;
    const evaluatedAt = Date.parse(evaluation.at);
    const decidedAt = Date.parse(decision.at);
    if (!Number.isNaN(decidedAt) && (Number.isNaN(evaluatedAt) || decidedAt > evaluatedAt))
        return decision;
    return evaluation;
}

;// CONCATENATED MODULE: ./packages/core/src/services/reconcile.ts
// The reconcile run: read the run log over the window, summarize, recommend,
// list what needs a human, and record the evaluation (`last_evaluation`, every
// run) and the decision (`last_decision` and history, only on a change).

async function runReconcile(deps, options) {
    const windowHours = options.windowHours ?? 24;
    const to = options.now;
    const from = new Date(to.getTime() - windowHours * 3_600_000);
    const trendFrom = options.trendDays === undefined ? from : trendStart(to, options.trendDays);
    const readFrom = trendFrom < from ? trendFrom : from;
    const rows = [];
    for await (const row of deps.runLog.read(readFrom))
        rows.push(row);
    // summarizeRunLog keeps only the rows within its window: one read serves both.
    const metrics = summarizeRunLog(rows, { from, to });
    const trend = trendFrom === from ? metrics.trend : summarizeRunLog(rows, { from: trendFrom, to }).trend;
    const recommendation = recommend(metrics, options.policy);
    const needHuman = itemsNeedingHuman(await deps.queue.list(), to);
    if (metrics.duplicates > 0)
        deps.log.warn(`run log: ${metrics.duplicates} duplicate rows (same run_id and item_id) ignored`);
    if (metrics.invalidRows > 0)
        deps.log.warn(`run log: ${metrics.invalidRows} rows with an unreadable "at" time ignored`);
    const entry = {
        decision: recommendation.decision,
        code: recommendation.code,
        reason: recommendation.reason,
        at: to.toISOString(),
        metrics: decisionMetrics(metrics),
        by: options.by ?? 'reconcile',
    };
    const doc = await deps.decisions.read();
    const next = applyDecision(doc, entry, options.historyLimit);
    const decisionChanged = decision_log_decisionChanged(doc, entry);
    let fileChanged = false;
    // Every run records its evaluation (last_evaluation); history grows only on a change.
    if (!options.dryRun)
        fileChanged = (await deps.decisions.write(next)).changed;
    const previous = doc.last_decision?.decision ?? 'none';
    deps.log.notice(decisionChanged
        ? `reconcile: ${previous} → ${entry.decision}: ${entry.reason}`
        : `reconcile: still ${entry.decision}: ${entry.reason}`, { decision: entry.decision, code: recommendation.code, processed: metrics.processed, need_human: needHuman.length });
    return { metrics, trend, recommendation, needHuman, entry, decisionChanged, fileChanged };
}
/** Midnight UTC `days − 1` days before `now`'s day: `days` calendar days, today included. */
function trendStart(now, days) {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(midnight - (Math.max(1, Math.floor(days)) - 1) * 86_400_000);
}

;// CONCATENATED MODULE: ./packages/core/src/services/reconcile-alerts.ts
// Reconcile as the hosts run it: the reconcile service, then the
// cost-budget incident kept in step with the day's spend.




const COST_BUDGET_KEY = 'cost-budget';
async function runReconcileWithAlerts(deps, options) {
    const result = await runReconcile(deps, options);
    const budget = options.policy?.dailyCostBudgetUsd;
    const alert = costBudgetAlert(result.metrics.costLast24hUsd, budget);
    if (alert === 'none' || options.dryRun)
        return { ...result, costIncident: 'none' };
    try {
        const outcome = await runIncident(deps, {
            action: alert === 'open' ? 'open' : 'resolve',
            key: COST_BUDGET_KEY,
            title: 'Daily LLM cost over budget',
            body: alert === 'open'
                ? `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, over the daily budget of $${budget?.toFixed(2)}. Reconcile recommends pause_and_review.`
                : `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, within the daily budget of $${budget?.toFixed(2)}.`,
            severity: 'high',
            now: options.now,
            policy: options.incidentPolicy,
            runId: options.runId,
            runUrl: options.runUrl,
            traceId: options.traceId,
        });
        return { ...result, costIncident: outcome.action };
    }
    catch (error) {
        deps.log.warn(`cost-budget incident not updated: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return { ...result, costIncident: 'none', costIncidentError: (0,errors/* errorMessage */.gJ)(error) };
    }
}

// EXTERNAL MODULE: ./packages/core/src/adapters/local/json-file.ts
var json_file = __nccwpck_require__(8265);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/decision-log-text.ts
// The decision log's text: parse, check, format, compare. Shared by the
// state-folder file (decision-log-json.ts) and the state branch's file
// (github/decision-log.ts). Unknown keys a human added are kept, never
// silently dropped.
//
// Checked by hand rather than with zod: the supervisor and reconcile read
// this file on every tick, and zod's module was the largest single part of
// their start-up (issue 12). Two flat shapes, each field one test.



const EMPTY_DECISION_LOG = Object.freeze({ last_decision: null, history: [] });
const EXPECTED = '{"last_decision": {decision, reason, at, metrics, by} | null, "last_evaluation": {…} | null, "history": [...]}';
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The first problem of an entry at `path`, or undefined. */
function entryProblem(value, path) {
    if (!isRecord(value))
        return { field: path, message: 'is not an object' };
    if (!model/* DECISIONS */.Yv.includes(value.decision)) {
        return { field: `${path}.decision`, message: `is not one of ${model/* DECISIONS */.Yv.join(', ')}` };
    }
    if (value.code !== undefined && typeof value.code !== 'string')
        return { field: `${path}.code`, message: 'is not text' };
    for (const key of ['reason', 'at', 'by']) {
        if (typeof value[key] !== 'string')
            return { field: `${path}.${key}`, message: 'is not text' };
    }
    if (!isRecord(value.metrics))
        return { field: `${path}.metrics`, message: 'is not an object' };
    for (const [key, metric] of Object.entries(value.metrics)) {
        const ok = metric === null || typeof metric === 'string' || (typeof metric === 'number' && Number.isFinite(metric));
        if (!ok)
            return { field: `${path}.metrics.${key}`, message: 'is not a number, text or null' };
    }
    return undefined;
}
function docProblem(doc) {
    for (const key of ['last_decision', 'last_evaluation']) {
        const entry = doc[key];
        if (entry !== undefined && entry !== null) {
            const problem = entryProblem(entry, key);
            if (problem)
                return problem;
        }
    }
    if (doc.history === undefined)
        return undefined;
    if (!Array.isArray(doc.history))
        return { field: 'history', message: 'is not a list' };
    for (const [i, entry] of doc.history.entries()) {
        const problem = entryProblem(entry, `history.${i}`);
        if (problem)
            return problem;
    }
    return undefined;
}
/** Parse the log's text; `where` names the file in messages. Empty text is an empty log. */
function parseDecisionLog(text, where) {
    if (!text.trim())
        return { last_decision: null, history: [] };
    const raw = (0,json_file/* parseJsonText */.lk)(text, where, EXPECTED);
    if (!isRecord(raw))
        throw new errors/* UserError */.yo(`${where}: field "(the top level)" is not an object; expected ${EXPECTED}`);
    const problem = docProblem(raw);
    if (problem)
        throw new errors/* UserError */.yo(`${where}: field "${problem.field}" ${problem.message}; expected ${EXPECTED}`);
    // Absent keys read as their defaults; every other key is kept as written.
    return {
        ...raw,
        last_decision: raw.last_decision ?? null,
        history: raw.history ?? [],
    };
}
const formatDecisionLog = (doc) => (0,json_file/* formatJson */.IB)(doc);
/** Same content, whatever the formatting of the file: parse both and compare canonically. */
function sameDecisionLog(currentText, doc) {
    if (currentText === undefined)
        return false;
    try {
        return JSON.stringify(JSON.parse(currentText)) === JSON.stringify(doc);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/state-branch.ts
var state_branch = __nccwpck_require__(7050);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/decision-log.ts
// The decision log as `decision_log.json` on the state branch (never the
// default branch: rulesets protect it), through the contents API: a commit
// only when the content changes. A write is measured against the document
// we read: when the file changed meanwhile (another reconcile, a human's
// edit), our evaluation is re-applied to the new document instead of
// overwriting it with our stale copy — the human's edit is kept.




const DEFAULT_DECISION_LOG_PATH = 'decision_log.json';
const canonical = (value) => JSON.stringify(value ?? null);
/**
 * Our change (`base` → `ours`) re-applied to `theirs`, the document as it is
 * now. Reconcile's change is an evaluation (`last_evaluation`, and
 * `last_decision` when the decision changed): applied as reconcile applies
 * it (history grows only on a change), keeping whatever else the other
 * writer did. Any other change cannot be merged safely: undefined.
 */
function rebaseDecisionLog(base, ours, theirs) {
    if (canonical(theirs) === canonical(base))
        return ours;
    const entry = ours.last_evaluation ?? ours.last_decision;
    const before = base.last_evaluation ?? base.last_decision;
    if (!entry || canonical(entry) === canonical(before))
        return undefined;
    // Trim the history only as far as ours was trimmed.
    const trimmed = ours.history.length < base.history.length + 1;
    return applyDecision(theirs, entry, trimmed ? ours.history.length : Number.MAX_SAFE_INTEGER);
}
class GitHubDecisionLog {
    file;
    /** The document as we last read it: what a write's change is measured from. */
    base;
    constructor(options) {
        this.file = (0,state_branch/* stateFile */.Ed)(options, DEFAULT_DECISION_LOG_PATH);
    }
    get where() {
        return this.file.where;
    }
    async read() {
        const current = await this.file.read();
        const doc = current ? parseDecisionLog(current.text, this.file.where) : { last_decision: null, history: [] };
        this.base = doc;
        return doc;
    }
    async write(doc) {
        const decision = doc.last_decision?.decision ?? 'none';
        const base = this.base;
        const { changed } = await this.file.transact((text) => {
            const theirs = text === undefined ? { last_decision: null, history: [] } : parseDecisionLog(text, this.file.where);
            const next = base === undefined ? doc : rebaseDecisionLog(base, doc, theirs);
            if (next === undefined) {
                throw new errors/* ServiceError */._7('GitHub', `${this.file.where} changed since it was read, and this change cannot be re-applied to the new version; nothing was overwritten — read it again and redo the change`);
            }
            return { text: sameDecisionLog(text, next) ? undefined : formatDecisionLog(next), result: next };
        }, `chore(autopilot): decision log — ${decision} [skip ci]`);
        return { changed };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/incident-labels.ts
// How an incident is marked wherever it lives (an issue on GitHub, a file in
// the state folder): its labels, its severity label, and the hidden key
// marker at the end of its body. Apart from the adapters so GitHub's does not
// load the state folder's (and its file schema) at start.

const INCIDENT_LABEL = 'incident';
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const MARKER = /<!-- autopilot-incident:(.+?) -->/;
/** `incident`, `severity:<s>`, then the caller's labels, without repeats. */
function incidentLabels(severity, extra = []) {
    return [...new Set([INCIDENT_LABEL, `severity:${severity}`, ...extra])];
}
/** The severity a label set carries; 'medium' when none (a human may have removed it). */
function severityFromLabels(labels) {
    const found = labels.map((l) => /^severity:(.+)$/.exec(l)?.[1]).find((s) => SEVERITIES.includes(s));
    return found ?? 'medium';
}
/** The text with the key's marker at its end (once). */
function withMarker(text, key) {
    const marker = incidentMarker(key);
    return text.includes(marker) ? text : `${text.trimEnd()}\n\n${marker}`;
}
/** The key of the marker in a body; undefined when there is none. */
function markerKey(body) {
    return MARKER.exec(body ?? '')?.[1];
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts + 18 modules
var client = __nccwpck_require__(7728);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/errors.ts
var github_errors = __nccwpck_require__(6745);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/post-once.ts

/** A failure after which the write may still have happened: a 5xx, or no answer at all. */
function mayHaveApplied(error) {
    const status = (0,github_errors/* httpStatus */.nG)(error);
    return status === undefined || status >= 500;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function postOnce(options) {
    const retries = options.retries ?? 2;
    const looks = Math.max(options.looks ?? 3, 1);
    const waitMs = options.waitMs ?? 1000;
    for (let attempt = 0;; attempt++) {
        try {
            return await options.post();
        }
        catch (error) {
            if (!mayHaveApplied(error))
                throw error;
            const status = (0,github_errors/* httpStatus */.nG)(error);
            const answer = status === undefined ? 'no answer' : `HTTP ${status}`;
            for (let look = 0; look < looks; look++) {
                if (look > 0)
                    await sleep(waitMs);
                const found = await options.find();
                if (found !== undefined) {
                    options.log?.warn(`${options.what}: GitHub answered ${answer}, but the write took effect (found it)`);
                    return found;
                }
            }
            if (attempt >= retries)
                throw error;
            options.log?.warn(`${options.what}: GitHub answered ${answer} and the write is not there; retry ${attempt + 1}/${retries}`);
            await sleep(waitMs);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/incidents.ts




class GitHubIncidentTracker {
    ctx;
    redact;
    waitMs;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.redact = options.redact ?? ((text) => text);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    async find(key) {
        try {
            // Newest first, so the first match is the one we want and we can stop paging.
            for await (const issue of this.issues('all')) {
                if (markerKey(issue.body) !== key)
                    continue;
                const incident = toIncident(issue, key);
                const last = await this.lastOwnCommentAt(issue.number, key);
                if (last)
                    incident.last_comment_at = last;
                return incident;
            }
            return undefined;
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `find incident ${key}`);
        }
    }
    async list(state) {
        const found = [];
        try {
            for await (const issue of this.issues(state)) {
                const key = markerKey(issue.body);
                if (key !== undefined)
                    found.push(toIncident(issue, key));
            }
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list ${state} incidents`);
        }
        return found;
    }
    /**
     * Creates the issue. The caller opens only when no issue with this key is
     * open, so after a 5xx or no answer an open issue with the key's marker is
     * this write's effect (or a concurrent one's): found, it is not posted again.
     */
    async open(input) {
        const { client, owner, repo } = this.ctx;
        try {
            return await postOnce({
                what: `open incident ${input.key}`,
                post: async () => {
                    const { data } = await client.request('POST /repos/{owner}/{repo}/issues', {
                        owner,
                        repo,
                        title: this.redact(input.title),
                        body: withMarker(this.redact(input.body), input.key),
                        labels: incidentLabels(input.severity, input.labels),
                    });
                    return toIncident(data, input.key);
                },
                find: () => this.findOpen(input.key),
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `open incident ${input.key}`);
        }
    }
    async comment(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...incident, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `comment on incident ${incident.key} (#${incident.id})`);
        }
    }
    async reopen(incident, body) {
        try {
            const reopened = await this.setState(incident, 'open');
            const at = await this.postComment(incident, body);
            return { ...reopened, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `reopen incident ${incident.key} (#${incident.id})`);
        }
    }
    /** Comment first, so the closing comment is the last word on the issue. */
    async close(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...(await this.setState(incident, 'closed')), last_comment_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `close incident ${incident.key} (#${incident.id})`);
        }
    }
    async findOpen(key) {
        for await (const issue of this.issues('open')) {
            if (markerKey(issue.body) === key)
                return toIncident(issue, key);
        }
        return undefined;
    }
    /** Issues labelled `incident`, newest first, pull requests left out (the issues endpoint lists both). */
    async *issues(state) {
        const { client, owner, repo } = this.ctx;
        const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
            owner,
            repo,
            labels: INCIDENT_LABEL,
            state,
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        });
        for await (const page of pages) {
            for (const issue of page.data) {
                if (!issue.pull_request)
                    yield issue;
            }
        }
    }
    async lastOwnCommentAt(issueNumber, key) {
        const { client, owner, repo } = this.ctx;
        const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const ours = comments.filter((c) => markerKey(c.body) === key).map((c) => c.created_at);
        return ours.sort().at(-1);
    }
    /**
     * After a 5xx or no answer, a comment with exactly this text made since the
     * issue was last seen is this write's effect: found, it is not posted again.
     */
    async postComment(incident, body) {
        const { client, owner, repo } = this.ctx;
        const text = withMarker(this.redact(body), incident.key);
        const issue_number = Number(incident.id);
        return postOnce({
            what: `comment on incident ${incident.key} (#${incident.id})`,
            post: async () => {
                const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number,
                    body: text,
                });
                return data.created_at;
            },
            find: async () => {
                const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number,
                    since: incident.updated_at,
                    per_page: 100,
                });
                return comments.find((c) => c.body === text && c.created_at >= incident.updated_at)?.created_at;
            },
            waitMs: this.waitMs,
            log: this.ctx.log,
        });
    }
    async setState(incident, state) {
        const { client, owner, repo } = this.ctx;
        const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo,
            issue_number: Number(incident.id),
            state,
            state_reason: state === 'closed' ? 'completed' : 'reopened',
        });
        return toIncident(data, incident.key);
    }
}
function toIncident(issue, key) {
    const labels = issue.labels
        .map((label) => (typeof label === 'string' ? label : label.name))
        .filter((name) => Boolean(name));
    const incident = {
        key,
        id: String(issue.number),
        state: issue.state === 'closed' ? 'closed' : 'open',
        title: issue.title,
        severity: severityFromLabels(labels),
        labels,
        created_at: issue.created_at,
        updated_at: issue.updated_at,
        url: issue.html_url,
    };
    if (issue.closed_at)
        incident.closed_at = issue.closed_at;
    return incident;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/runs.ts



/**
 * The mode a run's title carries: an explicit "mode: x" (or "mode=x") wins;
 * else the one of review/publish that appears as a word; 'unknown' when
 * neither or both appear.
 */
function parseRunMode(name) {
    const text = name ?? '';
    const explicit = /\bmode\s*[:=]\s*(review|publish)\b/i.exec(text)?.[1];
    if (explicit)
        return explicit.toLowerCase();
    const words = new Set([...text.matchAll(/\b(review|publish)\b/gi)].map((m) => (m[1] ?? '').toLowerCase()));
    return words.size === 1 ? [...words][0] : 'unknown';
}
const CONCLUSIONS = {
    success: 'success',
    failure: 'failure',
    cancelled: 'cancelled',
    skipped: 'skipped',
    timed_out: 'timed_out',
    neutral: 'neutral',
    // A run that never started or waits on an approval did not succeed.
    startup_failure: 'failure',
    action_required: 'failure',
    stale: 'cancelled',
};
function toRunRecord(run) {
    const status = run.status === 'completed' ? 'completed' : run.status === 'in_progress' ? 'in_progress' : 'queued';
    const record = {
        run_id: String(run.id),
        mode: parseRunMode(run.display_title || run.name),
        status,
        started_at: run.run_started_at || run.created_at,
        url: run.html_url,
    };
    if (status === 'completed') {
        record.finished_at = run.updated_at;
        const conclusion = run.conclusion ? CONCLUSIONS[run.conclusion] : undefined;
        if (conclusion)
            record.conclusion = conclusion;
    }
    return record;
}
/** A run that has not finished: queued, in progress, or waiting (for a runner, an approval, a concurrency slot). */
const isActiveRun = (run) => run.status !== 'completed';
/**
 * Newest first, every status: one list serves the health window, the last
 * review run and the active runs (filtering by status takes one request per
 * status, and GitHub has five statuses of an unfinished run).
 */
async function listRuns(ctx, limit, filter = {}) {
    const runs = [];
    const perPage = Math.min(Math.max(limit, 1), 100);
    for (let page = 1; runs.length < limit; page++) {
        const { data } = await ctx.client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: ctx.workflowFile,
            per_page: perPage,
            page,
            ...filter,
        });
        runs.push(...data.workflow_runs);
        if (data.workflow_runs.length < perPage || runs.length >= data.total_count)
            break;
    }
    return runs.slice(0, limit);
}
class GitHubRunHistory {
    ctx;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
    }
    /** GitHub lists runs newest first. */
    async recent(limit) {
        if (limit <= 0)
            return [];
        try {
            return (await listRuns(this.ctx, limit)).map(toRunRecord);
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list runs of ${this.ctx.workflowFile}`);
        }
    }
    /** GitHub records its runs itself. */
    async record(_run) { }
}
/** How many runs active() reads: an unfinished run is among the newest. */
const ACTIVE_WINDOW = 100;
class GitHubDispatcher {
    ctx;
    waitMs;
    /** The newest run id seen before a dispatch: a run created by the dispatch has a larger one. */
    newestSeen;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    /**
     * POST …/dispatches. With `return_run_details` GitHub answers 200 with the
     * new run's id and URLs; older servers (GHES) answer 204 without a body,
     * and then the new run is looked up. A 5xx or no answer may still have
     * started a run: the run is looked up before dispatching again.
     */
    async dispatch(mode) {
        const { client, owner, repo, workflowFile, ref } = this.ctx;
        const what = `dispatch ${workflowFile} (mode ${mode}) on ${ref}`;
        try {
            const baseline = this.newestSeen ?? (await this.newestRunId());
            const find = () => this.findDispatched(mode, baseline);
            return await postOnce({
                what,
                post: async () => {
                    const response = await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
                        owner,
                        repo,
                        workflow_id: workflowFile,
                        ref,
                        inputs: { mode },
                        return_run_details: true,
                    });
                    const data = (response.status === 200 ? response.data : undefined);
                    if (data?.workflow_run_id === undefined)
                        return (await find()) ?? {};
                    const result = { run_id: String(data.workflow_run_id) };
                    if (data.html_url)
                        result.url = data.html_url;
                    return result;
                },
                find,
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, what);
        }
    }
    /** Runs not yet completed among the newest (one request; see listRuns). */
    async active() {
        try {
            const runs = await listRuns(this.ctx, ACTIVE_WINDOW);
            this.remember(runs);
            return runs.map(toRunRecord).filter(isActiveRun);
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list active runs of ${this.ctx.workflowFile}`);
        }
    }
    /** The runs list already read says which runs are active: no second request. */
    activeAmong(runs) {
        const ids = runs.map((r) => Number(r.run_id)).filter(Number.isFinite);
        if (ids.length > 0)
            this.newestSeen = Math.max(this.newestSeen ?? 0, ...ids);
        else
            this.newestSeen ??= 0;
        return runs.filter(isActiveRun);
    }
    remember(runs) {
        this.newestSeen = Math.max(this.newestSeen ?? 0, ...runs.map((r) => r.id));
    }
    async newestRunId() {
        const runs = await listRuns(this.ctx, 1);
        return runs[0]?.id ?? 0;
    }
    /** A workflow_dispatch run of this mode created after `after` (run ids only grow). */
    async findDispatched(mode, after) {
        const runs = await listRuns(this.ctx, 20, { event: 'workflow_dispatch' });
        const run = runs
            .filter((r) => r.id > after)
            .filter((r) => {
            const runMode = parseRunMode(r.display_title || r.name);
            return runMode === mode || runMode === 'unknown';
        })
            .sort((a, b) => a.id - b.id)[0];
        return run ? { run_id: String(run.id), url: run.html_url } : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/variables.ts



/** The list endpoint's largest page. */
const PER_PAGE = 30;
class GitHubVariableStore {
    ctx;
    waitMs;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    async get(name) {
        const { client, owner, repo } = this.ctx;
        try {
            const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables/{name}', {
                owner,
                repo,
                name,
            });
            return data.value;
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw (0,github_errors/* gitHubError */.Mj)(error, `read variable ${name}`);
        }
    }
    /**
     * Lists the repository's variables (30 a page; a repository rarely has more)
     * instead of one request per name; stops paging once every name is found.
     */
    async getMany(names) {
        const { client, owner, repo } = this.ctx;
        const wanted = new Set(names.map((n) => n.toUpperCase()));
        const found = Object.fromEntries(names.map((n) => [n, undefined]));
        const byUpper = new Map(names.map((n) => [n.toUpperCase(), n]));
        try {
            for (let page = 1; wanted.size > 0; page++) {
                const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables', {
                    owner,
                    repo,
                    per_page: PER_PAGE,
                    page,
                });
                for (const variable of data.variables) {
                    // Variable names are case-insensitive on GitHub (it stores them upper-case).
                    const name = byUpper.get(variable.name.toUpperCase());
                    if (name === undefined)
                        continue;
                    found[name] = variable.value;
                    wanted.delete(name.toUpperCase());
                }
                if (data.variables.length < PER_PAGE || page * PER_PAGE >= data.total_count)
                    break;
            }
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `read variables ${names.join(', ')}`);
        }
        return found;
    }
    /**
     * Update the variable, or create it when it does not exist yet. A create
     * answered with a 5xx or not at all is checked (read back) before it is
     * posted again.
     */
    async set(name, value) {
        const { client, owner, repo } = this.ctx;
        try {
            await client.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { owner, repo, name, value });
            return;
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) !== 404)
                throw (0,github_errors/* gitHubError */.Mj)(error, `set variable ${name}`);
        }
        try {
            await postOnce({
                what: `create variable ${name}`,
                post: async () => {
                    await client.request('POST /repos/{owner}/{repo}/actions/variables', { owner, repo, name, value });
                    return true;
                },
                find: async () => ((await this.get(name)) === value ? true : undefined),
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `create variable ${name}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/github-options.ts

function gitHubOptions(config, ctx) {
    if (!config.githubToken) {
        throw new errors/* UserError */.yo('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
    }
    const [owner, repo, ...rest] = (config.repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* UserError */.yo(`repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`);
    }
    return {
        token: config.githubToken,
        owner,
        repo,
        baseUrl: config.githubApiUrl,
        workflowFile: config.workflowFile,
        ref: config.workflowRef,
        log: ctx.log,
        requestTimeoutMs: config.requestTimeout * 1000,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/message.ts
/** The longest log excerpt we send: enough to see what happened, small enough for Slack's 3,000-char blocks. */
const LOG_EXCERPT_MAX = 2_000;
function preparePayload(message, redact, max = LOG_EXCERPT_MAX) {
    const clean = (text) => redact(text ?? '');
    return {
        run_id: clean(message.run_id),
        task: clean(message.task),
        status: clean(message.status),
        outputs_uri: clean(message.outputs_uri),
        log_excerpt: lastLines(clean(message.log_excerpt), max),
        trace_id: clean(message.trace_id),
        title: clean(message.title),
    };
}
/** The end of `text` within `max` characters, cut at a line start when one is near, marked when cut. */
function lastLines(text, max = LOG_EXCERPT_MAX) {
    if (text.length <= max)
        return text;
    const marker = '…\n';
    let tail = text.slice(text.length - (max - marker.length));
    const newline = tail.indexOf('\n');
    // Drop the partial first line unless that would throw most of the excerpt away.
    if (newline !== -1 && newline < tail.length / 2)
        tail = tail.slice(newline + 1);
    return marker + tail;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/local/notify-file.ts
// The embedded default notifier: one JSON line per notification appended to
// <stateDir>/notifications.jsonl, redacted like any other target. One short
// append per line (O_APPEND), so concurrent writers do not interleave lines.




const NOTIFICATIONS_FILE = 'notifications.jsonl';
class FileNotifier {
    options;
    path;
    constructor(options) {
        this.options = options;
        this.path = (0,external_node_path_.join)(options.stateDir, NOTIFICATIONS_FILE);
    }
    async notify(message) {
        const redact = this.options.redact ?? ((text) => text);
        try {
            const at = (this.options.now ?? (() => new Date()))().toISOString();
            const line = JSON.stringify({ at, ...preparePayload(message, redact) });
            await (0,promises_.mkdir)(this.options.stateDir, { recursive: true });
            await (0,promises_.appendFile)(this.path, `${line}\n`, 'utf8');
            return { delivered: true };
        }
        catch (error) {
            return { delivered: false, error: redact(`notifications file ${this.path}: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/multi-notifier.ts
// Several notifiers as one: every target is tried (in parallel); delivered
// when all of them delivered, with the failures listed otherwise. A member
// that breaks the never-throw promise is caught here too.

class MultiNotifier {
    notifiers;
    redact;
    constructor(notifiers, 
    /** Applied to the message of a member that threw (members redact their own errors). */
    redact = (text) => text) {
        this.notifiers = notifiers;
        this.redact = redact;
    }
    async notify(message) {
        const results = await Promise.all(this.notifiers.map(async (notifier) => {
            try {
                return await notifier.notify(message);
            }
            catch (error) {
                return { delivered: false, error: this.redact((0,errors/* errorMessage */.gJ)(error)) };
            }
        }));
        const failures = results.filter((result) => !result.delivered).map((result) => result.error ?? 'not delivered');
        if (failures.length === 0)
            return { delivered: true };
        return {
            delivered: false,
            error: `${failures.length} of ${results.length} notification targets failed: ${failures.join('; ')}`,
        };
    }
}

// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __nccwpck_require__(4735);
;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/post-json.ts
// POST a JSON body with bounded retries of 429/5xx and network errors,
// honouring Retry-After. Never throws: a notification that cannot be
// delivered is reported, never allowed to fail the run. Messages never carry
// the URL (a Slack webhook URL is itself the secret).


async function postJson(service, url, body, headers, redact, options = {}) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? http_retry/* realSleep */.uk;
    const maxRetries = options.maxRetries ?? 3;
    let payload;
    try {
        payload = JSON.stringify(body);
    }
    catch (error) {
        return { delivered: false, error: `${service}: cannot encode the message: ${(0,errors/* errorMessage */.gJ)(error)}`, attempts: 0 };
    }
    let problem = '';
    let tries = 0;
    for (let attempt = 0;; attempt++) {
        tries = attempt + 1;
        let retryHeaders;
        try {
            const response = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...headers },
                body: payload,
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
            });
            const text = (await response.text()).trim();
            if (response.ok)
                return { delivered: true, attempts: tries };
            // Redacted before it is cut: a cut could split a secret the server quoted.
            problem = `answered ${response.status}${text ? ` ${excerpt(redact(text))}` : ''}`;
            if (!(0,http_retry/* isRetryableStatus */.PS)(response.status))
                break;
            retryHeaders = response.headers;
        }
        catch (error) {
            problem = `cannot be reached: ${describe(error)}`;
        }
        if (attempt >= maxRetries)
            break;
        const now = options.now ? options.now() : new Date();
        await sleep((0,http_retry/* retryWaitMs */.Ko)(attempt, retryHeaders, now, options.random ?? Math.random));
    }
    return { delivered: false, error: redact(`${service} ${problem}`), attempts: tries };
}
function describe(error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return 'timed out';
    const cause = error instanceof Error ? error.cause : undefined;
    const code = typeof cause === 'object' && cause !== null ? cause.code : undefined;
    return typeof code === 'string' ? code : (0,errors/* errorMessage */.gJ)(error);
}
function excerpt(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/slack-notifier.ts
// Slack incoming webhook: POST {text, blocks} as JSON. Slack answers 200 "ok",
// or a plain-text error code (400 invalid_payload, 403 action_prohibited,
// 404 channel_not_found / no_service, 410 channel_is_archived, 429 with
// Retry-After, 500 rollup_error); 429 and 5xx are retried.



const SLACK_SECTION_MAX = 3_000;
const STATUS_EMOJI = {
    success: ':white_check_mark:',
    ok: ':white_check_mark:',
    published: ':white_check_mark:',
    failure: ':x:',
    failed: ':x:',
    error: ':x:',
    warning: ':warning:',
    paused: ':double_vertical_bar:',
};
class SlackNotifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async notify(message) {
        try {
            const body = slackMessage(preparePayload(message, this.options.redact));
            const result = await postJson('Slack', this.options.webhookUrl, body, {}, this.options.redact, this.options);
            return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
        }
        catch (error) {
            return { delivered: false, error: this.options.redact(`Slack: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}
/** The Slack message: `text` is the fallback shown in notifications, `blocks` the layout. */
function slackMessage(payload) {
    const emoji = STATUS_EMOJI[payload.status.toLowerCase()] ?? ':information_source:';
    const headline = `${emoji} *${escapeMrkdwn(payload.task)}* ${escapeMrkdwn(payload.status)}: ${escapeMrkdwn(payload.title)}`;
    const facts = [`run ${escapeMrkdwn(payload.run_id)}`];
    if (payload.trace_id)
        facts.push(`trace ${escapeMrkdwn(payload.trace_id)}`);
    if (/^https?:\/\//.test(payload.outputs_uri))
        facts.push(`<${payload.outputs_uri.replace(/[<>|]/g, '')}|outputs>`);
    else if (payload.outputs_uri)
        facts.push(`outputs ${escapeMrkdwn(payload.outputs_uri)}`);
    const blocks = [
        { type: 'section', text: { type: 'mrkdwn', text: headline } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · ') }] },
    ];
    if (payload.log_excerpt.trim()) {
        // Triple backticks inside the excerpt would end the code block early; escaping
        // can grow the text, and a section's text may not exceed 3,000 characters.
        const log = lastLines(escapeMrkdwn(payload.log_excerpt.replace(/```/g, "'''")), SLACK_SECTION_MAX - 10);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${log}\`\`\`` } });
    }
    // The fallback text is read as mrkdwn too, so it is escaped like the blocks.
    const text = escapeMrkdwn(`${payload.task} ${payload.status}: ${payload.title} (run ${payload.run_id})`);
    return { text, blocks };
}
/** Slack's mrkdwn control characters (&, <, >) must be escaped in text we did not write. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/webhook-notifier.ts
// A generic JSON webhook (an email relay, a chat bridge, a Zap): POST the
// notification as `{run_id, task, status, outputs_uri, log_excerpt, trace_id, title}`.
// Any 2xx is delivered; 429/5xx are retried.



class WebhookNotifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async notify(message) {
        try {
            const payload = preparePayload(message, this.options.redact);
            const { url, headers = {}, redact } = this.options;
            const result = await postJson('webhook', url, payload, headers, redact, this.options);
            return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
        }
        catch (error) {
            return { delivered: false, error: this.options.redact(`webhook: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/notifier.ts
// The notifiers a run reports through: the state folder's notifications file
// (local runs), Slack and a generic webhook when configured.




function buildNotifier(config, ctx, includeFile) {
    const targets = [];
    if (includeFile)
        targets.push(new FileNotifier({ stateDir: ctx.paths.root, redact: ctx.redact }));
    if (config.slackWebhookUrl)
        targets.push(new SlackNotifier({
            webhookUrl: config.slackWebhookUrl,
            redact: ctx.redact,
            timeoutMs: config.requestTimeout * 1000,
        }));
    if (config.notifyWebhookUrl) {
        targets.push(new WebhookNotifier({
            url: config.notifyWebhookUrl,
            redact: ctx.redact,
            timeoutMs: config.requestTimeout * 1000,
        }));
    }
    return new MultiNotifier(targets, ctx.redact);
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/control-plane-github.ts
// The control plane on GitHub: repository variables, workflow runs, issues
// as incidents, the decision log on the state branch. Apart from the local
// one (control-plane-local.ts) so an action's bundle loads only this one.






function buildGitHubControlPlane(config, ctx) {
    const github = gitHubOptions(config, ctx);
    return {
        vars: new GitHubVariableStore(github),
        runs: new GitHubRunHistory(github),
        incidents: new GitHubIncidentTracker({ ...github, redact: ctx.redact }),
        // On the state branch, never the default branch (rulesets protect it).
        decisions: new GitHubDecisionLog({ ...github, branch: config.stateBranch, path: config.decisionLogPath }),
        notifier: buildNotifier(config, ctx, false),
        dispatcher: new GitHubDispatcher(github),
        where: 'github',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/redacting-queue.ts
// The queue as the pipeline writes it: every value we put in a cell passes
// the redactor first. A failed call's message (a server's reply, which may
// quote a token or a webhook path) lands in `last_error` or `notes`, and the
// queue is a table people share — a spreadsheet, a repository file. Cells we
// leave unchanged are not touched: a human's text stays as they wrote it.

function redactChanged(row, before, redact) {
    const out = { ...row, extra: { ...(row.extra ?? {}) } };
    const fields = out;
    for (const column of model/* QUEUE_COLUMNS */.W_) {
        const value = row[column];
        if (typeof value === 'string' && value !== before?.[column])
            fields[column] = redact(value);
    }
    for (const [key, value] of Object.entries(row.extra ?? {})) {
        if (value !== before?.extra[key])
            out.extra[key] = redact(value);
    }
    return out;
}
/**
 * The row numbered `row` as read: `row` is 1-based among the data rows, so
 * a row usually sits at index `row - 1` (checked), else it is looked for — not a map of the whole
 * queue per transaction, which at 10,000 rows cost more than the write.
 */
function rowBefore(rows, row) {
    const guess = rows[row - 1];
    return guess?.row === row ? guess : rows.find((r) => r.row === row);
}
function redactingQueueStore(store, redact) {
    return {
        list: () => store.list(),
        transact: (plan) => store.transact((rows) => {
            const change = plan(rows);
            return {
                ...change,
                ...(change.update
                    ? { update: change.update.map((row) => redactChanged(row, rowBefore(rows, row.row), redact)) }
                    : {}),
                ...(change.append ? { append: change.append.map((row) => redactChanged(row, undefined, redact)) } : {}),
            };
        }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/data-plane.ts
// Chooses the data-plane adapters by what is configured (issue 4):
// QUEUE_BACKEND (local | sheets | repo) → that queue and run log; unset:
// SHEETS_ID → the Sheets queue and run log, else queue.csv and run_log.csv on
// the state branch inside a GitHub Action (a fresh checkout has no local
// state) and the local CSV files in the CLI;
// SHOPIFY_STORE_DOMAIN → Shopify, else the local site; LLM_BASE_URL → the
// generator, else none. Missing or malformed credentials fail here, at
// start, before any row is claimed.



/** The queue backend: `queue-backend` when set; else sheets with a sheets-id; else repo in an action, local in the CLI. */
function queueBackendOf(config, controlPlane = 'local') {
    if (config.queueBackend)
        return config.queueBackend;
    if (config.sheetsId)
        return 'sheets';
    return controlPlane === 'actions' ? 'repo' : 'local';
}
async function sheetsBackends(config, ctx) {
    if (!config.sheetsId)
        throw new errors/* UserError */.yo('queue-backend is sheets but sheets-id (SHEETS_ID) is not set: set it, or choose queue-backend local or repo');
    // createSheetsAuth picks among them (key JSON, then token, then ADC) and,
    // called now, names GOOGLE_SERVICE_ACCOUNT_JSON when it is malformed.
    const auth = {
        serviceAccountJson: config.googleServiceAccountJson,
        accessToken: config.googleOauthAccessToken,
        useAdc: true,
    };
    const { createSheetsAuth, SheetsQueueStore, SheetsRunLog, SheetsValuesClient } = await Promise.all(/* import() */[__nccwpck_require__.e(144), __nccwpck_require__.e(82)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82));
    createSheetsAuth(auth);
    const options = {
        spreadsheetId: config.sheetsId,
        queueTab: config.sheetsQueueTab,
        runLogTab: config.sheetsRunlogTab,
        auth,
        apiUrl: config.sheetsApiUrl,
        requestBudgetPerMinute: config.sheetsRequestsPerMinute,
        requestTimeoutMs: config.requestTimeout * 1000,
        logger: ctx.log,
    };
    const client = new SheetsValuesClient(options);
    return { queue: new SheetsQueueStore(options, client), runLog: new SheetsRunLog(options, client), client };
}
/** queue.csv and run_log.csv on the state branch, through the contents API (one request counter for both). */
async function repoBackends(config, ctx) {
    let github;
    try {
        github = gitHubOptions(config, ctx);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`queue-backend is repo (queue.csv on the branch ${config.stateBranch}): ${error.message}; the token needs Contents: write`);
    }
    if (config.stateBranch === config.workflowRef) {
        throw new errors/* UserError */.yo(`state-branch is ${config.stateBranch}, the branch the workflows run from (workflow-ref): the state must live on a branch of its own (default autopilot-state), never the default branch`);
    }
    const [{ newRepoRequestStats }, { GitHubRepoQueueStore }, { GitHubRepoRunLog }] = await Promise.all([
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 261)),
        Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(132)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3132)),
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(789), __nccwpck_require__.e(625)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6625)),
    ]);
    const stats = newRepoRequestStats();
    const options = { ...github, branch: config.stateBranch, logger: ctx.log, file: { stats } };
    return { queue: new GitHubRepoQueueStore(options), runLog: new GitHubRepoRunLog(options), stats };
}
/** queue.csv and run_log.csv in the state folder: the embedded default. */
async function localBackends(ctx) {
    const [{ CsvQueueStore }, { CsvRunLog }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 736)),
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(789), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6443)),
    ]);
    return {
        queue: new CsvQueueStore({ stateDir: ctx.paths.root, logger: ctx.log }),
        runLog: new CsvRunLog({ stateDir: ctx.paths.root, logger: ctx.log }),
    };
}
async function shopifyPublisher(config, ctx) {
    if (!config.shopifyStoreDomain)
        return undefined;
    if (!config.shopifyAdminToken && !(config.shopifyClientId && config.shopifyClientSecret)) {
        throw new UserError('SHOPIFY_STORE_DOMAIN is set but no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET');
    }
    const { ShopifyPublisher } = await __nccwpck_require__.e(/* import() */ 196).then(__nccwpck_require__.bind(__nccwpck_require__, 9815));
    return new ShopifyPublisher({
        storeDomain: config.shopifyStoreDomain,
        apiVersion: config.shopifyApiVersion,
        accessToken: config.shopifyAdminToken,
        clientId: config.shopifyClientId,
        clientSecret: config.shopifyClientSecret,
        blogHandle: config.shopifyBlogHandle,
        author: config.shopifyAuthor,
        apiUrl: config.shopifyApiUrl,
        log: ctx.log,
        redact: ctx.redact,
        requestTimeoutMs: config.requestTimeout * 1000,
    });
}
async function generator(config, ctx, control) {
    if (!config.llmBaseUrl)
        return undefined;
    const model = config.llmModel ?? control?.model;
    if (!model)
        throw new UserError('LLM_BASE_URL is set but no model: set LLM_MODEL (or `model:` in CONFIG_FILE)');
    const [{ OpenAiCompatibleGenerator }, { controlPricing, resolveControlPrompt }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(975)]).then(__nccwpck_require__.bind(__nccwpck_require__, 975)),
        Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(815), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 902)),
    ]);
    return new OpenAiCompatibleGenerator({
        baseUrl: config.llmBaseUrl,
        apiKey: config.llmApiKey,
        model,
        temperature: control?.temperature,
        systemPrompt: resolveControlPrompt({ envPrompt: config.llmControlPrompt, config: control }),
        styleGuide: control?.style_guide,
        pricing: controlPricing(control),
        redact: ctx.redact,
        log: ctx.log,
        // A model writing an article answers slower than a REST call: never less than a minute.
        timeoutMs: Math.max(60_000, config.requestTimeout * 1000),
    });
}
/**
 * The queue and run log, without the publisher, generator or catalog: the
 * supervisor and reconcile never publish, and building those would load
 * their adapters (and read catalog.json) at every start (issue 12).
 */
async function buildQueuePlane(config, ctx) {
    const backend = queueBackendOf(config, ctx.controlPlane);
    const sheets = backend === 'sheets' ? await sheetsBackends(config, ctx) : undefined;
    const repo = backend === 'repo' ? await repoBackends(config, ctx) : undefined;
    const store = sheets ?? repo ?? (await localBackends(ctx));
    return {
        // What we write into the queue (error messages quoting a server) is redacted, on every backend.
        queue: redactingQueueStore(store.queue, ctx.redact),
        runLog: store.runLog,
        queueBackend: backend,
        describe: {
            queue: sheets
                ? `Google Sheets ${config.sheetsQueueTab}/${config.sheetsRunlogTab}`
                : repo
                    ? `${repo.queue.where} (and run_log.csv)`
                    : `${ctx.paths.queue}`,
        },
        stats: () => ({
            ...(repo
                ? { github: { requests: repo.stats.requests, retries: repo.stats.conflicts + repo.stats.uncertain } }
                : {}),
            ...(sheets ? { sheets: { ...sheets.client.stats(), ...sheets.client.throttleStats() } } : {}),
        }),
    };
}
async function buildDataPlane(config, ctx) {
    const control = config.configFile
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(815), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 902))).loadControlConfig(config.configFile)
        : undefined;
    const queuePlane = await buildQueuePlane(config, ctx);
    const shopify = await shopifyPublisher(config, ctx);
    const llm = await generator(config, ctx, control);
    return {
        ...queuePlane,
        publisher: shopify ?? new (await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(810), __nccwpck_require__.e(326)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9326))).SitePublisher({ stateDir: ctx.paths.root }),
        generator: llm,
        catalog: shopify
            ? shopify.catalog()
            : await (await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(810), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3647))).JsonCatalog.open(ctx.paths.root),
        control,
        describe: {
            ...queuePlane.describe,
            publisher: shopify
                ? `Shopify ${config.shopifyStoreDomain} blog "${config.shopifyBlogHandle}"`
                : ctx.paths.siteIndex,
            generator: llm ? `${config.llmModel ?? control?.model} at ${config.llmBaseUrl}` : 'none (ready content only)',
        },
        stats: () => ({
            ...queuePlane.stats(),
            ...(shopify ? { shopify: shopify.stats() } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/options.ts



/** Thresholds: the settings, overridden by CONFIG_FILE's `thresholds` where it sets them. */
function thresholdsFrom(config, control) {
    const t = control?.thresholds ?? {};
    return {
        ...DEFAULT_THRESHOLDS,
        titleMax: t.title_max ?? config.titleMax,
        summaryMax: t.summary_max ?? config.summaryMax,
        bodyMinWords: t.body_min_words ?? config.bodyMinWords,
        bodyMaxWords: t.body_max_words ?? config.bodyMaxWords,
        headingsAfterWords: t.headings_after_words ?? config.headingsAfterWords,
        bannedPhrases: [...DEFAULT_THRESHOLDS.bannedPhrases, ...config.bannedPhrases, ...(t.banned_phrases ?? [])],
        metaTitleMax: t.meta_title_max ?? config.metaTitleMax,
        metaDescriptionMin: t.meta_description_min ?? config.metaDescriptionMin,
        metaDescriptionMax: t.meta_description_max ?? config.metaDescriptionMax,
        requireImage: t.require_image ?? config.requireImage,
        readingEaseMin: t.reading_ease_min ?? config.readingEaseMin,
        readingEaseMax: t.reading_ease_max ?? config.readingEaseMax,
        nearDuplicateThreshold: t.near_duplicate_threshold ?? config.nearDuplicateThreshold,
    };
}
function executorOptionsFrom(config, run) {
    return {
        mode: run.mode,
        runId: run.runId,
        traceId: run.traceId,
        owner: run.owner,
        maxItems: config.maxItems,
        concurrency: config.concurrency,
        shard: config.shard,
        timeBudgetSeconds: config.timeBudget,
        leaseSeconds: config.lease,
        maxAttempts: config.maxAttempts,
        maxFixPasses: config.maxFixPasses,
        requireApproval: config.requireApproval,
        timeZone: config.timezone,
        backoff: { scheduleSeconds: config.backoff, jitter: config.backoffJitter },
        thresholds: thresholdsFrom(config, run.control),
        author: config.shopifyAuthor,
    };
}
function heartbeatPolicyFrom(config) {
    return {
        thresholds: {
            maxAgeMinutes: config.maxAgeMinutes,
            deadAfterHours: config.deadAfterHours,
            futureToleranceSeconds: config.futureToleranceSeconds,
        },
        expectLocal: config.expectLocal,
        staleGraceMinutes: config.staleGraceMinutes,
        incidentPolicy: incidentPolicyFrom(config),
    };
}
function incidentPolicyFrom(config) {
    return { repeatIntervalHours: config.repeatIntervalHours, reopenWindowHours: config.reopenWindowHours };
}
function supervisorOptionsFrom(config, run) {
    return {
        dryRun: config.dryRun,
        now: run.now,
        runId: run.runId,
        runUrl: run.runUrl,
        traceId: run.traceId,
        policy: {
            failureThreshold: config.failureThreshold,
            healthWindow: config.healthWindow,
            reviewWindowHours: config.reviewWindowHours,
            deadLetterThreshold: config.deadLetterThreshold,
            stallAfterHours: config.stallAfterHours,
            repeatIntervalHours: config.repeatIntervalHours,
        },
        heartbeatThresholds: heartbeatPolicyFrom(config).thresholds,
        incidentPolicy: incidentPolicyFrom(config),
        queueRules: defaultQueueRules(config.requireApproval, config.timezone),
    };
}
function reconcileOptionsFrom(config, run) {
    return {
        now: run.now,
        runId: run.runId,
        traceId: run.traceId,
        runUrl: run.runUrl,
        windowHours: config.windowHours,
        trendDays: config.trendDays,
        policy: {
            minSamples: config.minSamples,
            pauseFailureRate: config.pauseFailureRate,
            reviewFailureRate: config.reviewFailureRate,
            blockRateThreshold: config.blockRateThreshold,
            dailyCostBudgetUsd: config.dailyCostBudget,
        },
        by: run.by ?? 'reconcile',
        historyLimit: config.historyLimit,
        dryRun: config.dryRun,
        incidentPolicy: incidentPolicyFrom(config),
        metricsFile: config.metricsFile,
    };
}
function incidentRequestFrom(config, run) {
    if (!config.incidentAction)
        throw new UserError('action is missing; expected open, update or resolve');
    if (!config.incidentKey)
        throw new UserError('key is missing; expected an incident key such as pipeline-unstable');
    if (config.incidentAction !== 'resolve' && !config.incidentTitle) {
        throw new UserError(`title is missing; ${config.incidentAction} needs a title`);
    }
    return {
        action: config.incidentAction,
        key: config.incidentKey,
        title: config.incidentTitle ?? config.incidentKey,
        body: config.incidentBody ?? '',
        severity: config.severity,
        labels: config.labels,
        now: run.now,
        policy: incidentPolicyFrom(config),
        runId: run.runId,
        runUrl: run.runUrl,
        traceId: run.traceId,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/paths.ts
// Where the local adapters keep their files under the state folder (DESIGN §7).

function statePaths(stateDir) {
    const root = (0,external_node_path_.resolve)(stateDir);
    return {
        root,
        queue: (0,external_node_path_.join)(root, 'queue.csv'),
        runLog: (0,external_node_path_.join)(root, 'run_log.csv'),
        variables: (0,external_node_path_.join)(root, 'variables.json'),
        runs: (0,external_node_path_.join)(root, 'runs.jsonl'),
        heartbeat: (0,external_node_path_.join)(root, 'local_heartbeat.json'),
        decisionLog: (0,external_node_path_.join)(root, 'decision_log.json'),
        incidents: (0,external_node_path_.join)(root, 'incidents'),
        site: (0,external_node_path_.join)(root, 'site'),
        siteIndex: (0,external_node_path_.join)(root, 'site', 'index.html'),
        content: (0,external_node_path_.join)(root, 'content'),
        notifications: (0,external_node_path_.join)(root, 'notifications.jsonl'),
        supervisorMemory: (0,external_node_path_.join)(root, 'supervisor_memory.json'),
        metrics: (0,external_node_path_.join)(root, 'metrics.prom'),
        report: (0,external_node_path_.join)(root, 'report'),
    };
}
/**
 * The heartbeat file in the checkout: what the local runner commits and
 * pushes (LOCAL_HEARTBEAT_PUSH=true) and what the workflows' heartbeat-check
 * reads, relative to the repository root (the working directory).
 */
const CHECKOUT_HEARTBEAT_FILE = 'local_heartbeat.json';
/**
 * Where the heartbeat file is: `heartbeat-file` when set (relative to the
 * working directory); else the checkout's `local_heartbeat.json` when the
 * heartbeat is shared through git (`inCheckout`: the actions, or the local
 * runner with push); else `<state>/local_heartbeat.json`, purely local —
 * the state folder is gitignored, so it could never be pushed.
 */
function heartbeatFilePath(heartbeatFile, paths, inCheckout) {
    if (heartbeatFile)
        return resolve(heartbeatFile);
    return inCheckout ? resolve(CHECKOUT_HEARTBEAT_FILE) : paths.heartbeat;
}

;// CONCATENATED MODULE: ./actions/reconcile/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const INPUTS = [
    'github-token',
    'repository',
    'workflow-ref',
    'decision-log-path',
    'window-hours',
    'trend-days',
    'min-samples',
    'pause-failure-rate',
    'review-failure-rate',
    'block-rate-threshold',
    'daily-cost-budget',
    'history-limit',
    'dry-run',
    'repeat-interval-hours',
    'reopen-window-hours',
    'state',
    'log-format',
    'request-timeout',
    'queue-backend',
    'state-branch',
    'sheets-id',
    'sheets-queue-tab',
    'sheets-runlog-tab',
    'google-service-account-json',
    'google-oauth-access-token',
    'sheets-api-url',
    'sheets-requests-per-minute',
    'slack-webhook-url',
    'notify-webhook-url',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const OVERRIDES = {
    'github-token': {
        required: true,
        description: "Token that writes the decision log on state-branch (contents: write), reads the repository queue and run log there (queue-backend repo) and files the cost-budget incident (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough",
    },
    'dry-run': {
        description: 'Compute and print the metrics and the recommendation without writing the decision log or touching incidents',
    },
    'decision-log-path': {
        description: 'Path on state-branch of the decision log reconcile writes; the supervisor reads the same file',
    },
};

;// CONCATENATED MODULE: ./actions/reconcile/src/main.ts
// reconcile: turn the run log into numbers and a recommendation
// (continue_publish / review_only / pause_and_review / no_data, with a reason
// code that tells system failures from content blocks), list what needs a
// human, and keep the decision log — the pipeline's memory.









async function run() {
    await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
        const paths = statePaths(config.state);
        // 'actions': with no sheets-id, the queue is queue.csv on the state branch (a fresh checkout has no local state).
        const ctx = { paths, log, redact, env, controlPlane: 'actions' };
        const control = buildGitHubControlPlane(config, ctx);
        const data = await buildQueuePlane(config, ctx);
        const result = await runReconcileWithAlerts({
            runLog: data.runLog,
            queue: data.queue,
            decisions: control.decisions,
            incidents: control.incidents,
            notifier: control.notifier,
            log,
            redact,
        }, reconcileOptionsFrom(config, { now: new Date(), runId: env.GITHUB_RUN_ID, traceId, runUrl: runUrlOf(env) }));
        const m = result.metrics;
        output('decision', result.recommendation.decision);
        output('reason', result.recommendation.reason);
        output('reason-code', result.recommendation.code);
        output('changed', result.decisionChanged);
        output('processed', m.processed);
        output('failure-rate', m.failureRate ?? '');
        output('block-rate', m.blockRate ?? '');
        output('cost-usd', m.costUsd.toFixed(4));
        output('need-human', result.needHuman.length);
        if (result.recommendation.decision === 'pause_and_review')
            warning(redact(result.recommendation.reason));
        // Content blocks do not stop publishing, but a person has to look at the drafts.
        if (result.recommendation.code === 'content_needs_human')
            notice(redact(result.recommendation.reason));
        await summary.addRaw(redact(reconcileSummary(result))).write();
    });
}
/** The run's page, for the cost-budget incident (GitHub Actions only). */
function runUrlOf(env) {
    if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY)
        return undefined;
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}


/***/ }),

/***/ 7728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ gitHubContext)
});

// UNUSED EXPORTS: DEFAULT_REF, DEFAULT_WORKFLOW_FILE, createGitHubClient, gitHubRequestCount

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./packages/core/src/util/abort.ts + 1 modules
var abort = __nccwpck_require__(8070);
;// CONCATENATED MODULE: ./packages/core/src/util/http-fetch.ts
/** A fetch Response, as far as Octokit reads one. */
class HttpFetchResponse {
    status;
    statusText;
    url;
    bytes;
    redirected;
    ok;
    headers;
    constructor(status, statusText, url, headers, bytes, redirected) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.bytes = bytes;
        this.redirected = redirected;
        this.ok = status >= 200 && status < 300;
        this.headers = new HttpFetchHeaders(headers);
    }
    async text() {
        return this.bytes.toString('utf8');
    }
    async json() {
        return JSON.parse(this.bytes.toString('utf8'));
    }
    async arrayBuffer() {
        return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
    }
}
/** Response headers: lower-case names, repeated values joined with ", " (set-cookie aside, as fetch). */
class HttpFetchHeaders {
    map = new Map();
    constructor(headers) {
        for (const [name, value] of Object.entries(headers)) {
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
    entries() {
        return this.map.entries();
    }
    forEach(each) {
        for (const [name, value] of this.map)
            each(value, name);
    }
}
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
let http;
let https;
/** node:http or node:https, loaded on first use (a run that never calls out loads neither). */
async function libFor(url) {
    if (url.protocol === 'https:') {
        https ??= (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)));
        return https;
    }
    if (url.protocol === 'http:') {
        http ??= await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
        return http;
    }
    throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
}
function networkError(cause) {
    return new TypeError('fetch failed', { cause });
}
/** One request and its whole body; no redirect handling. */
async function once(url, init, signal) {
    const lib = await libFor(url);
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            reject(error);
        };
        const onAbort = () => {
            request.destroy();
            fail(signal?.reason);
        };
        const request = lib.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} });
        request.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
        request.on('response', (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
            response.on('end', () => {
                if (settled)
                    return;
                settled = true;
                signal?.removeEventListener('abort', onAbort);
                const status = response.statusCode ?? 0;
                resolve(new HttpFetchResponse(status, response.statusMessage ?? '', url.href, response.headers, Buffer.concat(chunks), false));
            });
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        if (init.body != null)
            request.write(init.body);
        request.end();
    });
}
/** fetch(url, init) for Octokit: see the comment at the top of this file. */
async function httpFetch(input, init = {}) {
    const signal = init.signal ?? undefined;
    let url = new URL(String(input));
    let current = { ...init, headers: { ...init.headers } };
    for (let hop = 0;; hop++) {
        const response = await once(url, current, signal);
        const location = response.headers.get('location');
        if (!REDIRECTS.has(response.status) || location === null || current.redirect === 'manual') {
            return hop === 0
                ? response
                : new HttpFetchResponse(response.status, response.statusText, url.href, Object.fromEntries(response.headers), Buffer.from(await response.arrayBuffer()), true);
        }
        if (current.redirect === 'error')
            throw networkError(new Error(`unexpected redirect to ${location}`));
        if (hop >= MAX_REDIRECTS)
            throw networkError(new Error(`more than ${MAX_REDIRECTS} redirects`));
        const next = new URL(location, url);
        const method = (current.method ?? 'GET').toUpperCase();
        const toGet = response.status === 303 ? method !== 'HEAD' : [301, 302].includes(response.status) && method === 'POST';
        const headers = { ...current.headers };
        if (next.origin !== url.origin) {
            for (const name of Object.keys(headers))
                if (name.toLowerCase() === 'authorization')
                    delete headers[name];
        }
        if (toGet) {
            for (const name of Object.keys(headers)) {
                if (['content-type', 'content-length'].includes(name.toLowerCase()))
                    delete headers[name];
            }
        }
        current = { ...current, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
        url = next;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/client.ts
// One configured Octokit for every GitHub adapter: the retry plugin retries
// 5xx answers of idempotent requests, the throttling plugin waits out rate limits (403 with
// x-ratelimit-remaining: 0, or a secondary limit with retry-after) — both a
// bounded number of times, each retry logged as a warning.
// @octokit/core with the plugins we use, not @octokit/rest: its method map
// (~100 kB) is most of what an action would load at start (issue 12); the
// adapters call `client.request('GET /repos/{owner}/{repo}/…')`, as typed.






let requestsSent = 0;
/** GitHub requests this process has sent, retries included (the supervisor's job summary reports it). */
function gitHubRequestCount() {
    return requestsSent;
}
// Listed before retry, so its hook sits inside the retry's: every attempt counts.
const countRequests = (octokit) => {
    octokit.hook.before('request', () => {
        requestsSent += 1;
    });
    return {};
};
const GitHubOctokit = Octokit.plugin(countRequests, paginateRest, retry, throttling);
const DEFAULT_WORKFLOW_FILE = 'publish.yml';
const DEFAULT_REF = 'main';
/**
 * A stand-in for a Bottleneck group that runs jobs at once: the throttling
 * plugin accepts any object with `key(id).schedule(options, fn, ...args)`,
 * and bottleneck itself is not one of our direct dependencies.
 */
const immediateGroup = {
    key: () => ({
        schedule: (_options, job, ...args) => Promise.resolve(job(...args)),
    }),
};
function createGitHubClient(options) {
    const retries = options.retries ?? 3;
    const baseMs = options.retryBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const log = options.log;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            log?.warn(`GitHub ${kind} on ${what}; giving up after ${retryCount} retries (would wait ${retryAfter} s)`, {
                retry_after_s: retryAfter,
            });
            return false;
        }
        log?.warn(`GitHub ${kind} on ${what}; retry ${retryCount + 1}/${retries} in ${retryAfter} s`, {
            retry_after_s: retryAfter,
        });
        return true;
    };
    const spacing = options.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {};
    const client = new GitHubOctokit({
        auth: options.token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: 'shopify-blog-autopilot',
        // Every request (retries included) gets its own timeout and the run's signal.
        // Over node:http rather than Node's fetch: a faster start (util/http-fetch.ts).
        request: {
            fetch: (0,abort/* fetchWithTimeout */.u9)(options.requestTimeoutMs ?? abort/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc, httpFetch),
        },
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.warn(message),
            // Octokit's request log reports every failed request here, 404s the adapters
            // expect (no decision log yet, an unset variable) included; the error is
            // thrown to the adapter, which reports what matters. As an error it would
            // put a red annotation on a successful run.
            error: (message) => log?.debug(message),
        },
        // 403 and 429 are the throttling plugin's (rate limits); the retry plugin keeps to 5xx.
        // Not `request.retries`: set there, it forces retries of every status, 404 included.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retryAfterBaseValue: baseMs },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: baseMs,
            // Cast: the duck-typed group above is all the plugin uses of a Bottleneck group.
            ...spacing,
        },
    });
    // A POST that GitHub applied may still answer 5xx or time out, and posting it
    // again duplicates its effect (two issues, two runs): the retry plugin leaves
    // POSTs alone unless a call asks (`request: { retries }`); the adapters look
    // the effect up before they post again (see post-once.ts).
    client.hook.before('request', (request) => {
        if (request.method === 'POST' && request.url !== '/graphql' && request.request?.retries == null) {
            request.request = { ...request.request, retries: 0 };
        }
    });
    return client;
}
function gitHubContext(options) {
    return {
        client: options.client ?? createGitHubClient(options),
        owner: options.owner,
        repo: options.repo,
        workflowFile: options.workflowFile ?? DEFAULT_WORKFLOW_FILE,
        ref: options.ref ?? DEFAULT_REF,
        ...(options.log ? { log: options.log } : {}),
    };
}


/***/ }),

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export VARIABLES_WRITE_HINT */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
// Turn Octokit's RequestError into our ServiceError with a message a person
// can act on: what we tried, the status, GitHub's own message, and a hint for
// the usual permission mistakes.

function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
const HINTS = {
    401: 'the token is missing, expired or revoked',
    403: 'the token lacks a permission (variables and dispatch need a fine-grained PAT or App token with Variables and Actions write; issues need Issues write; files need Contents write) or a rate limit was not waited out',
    404: 'the repository, workflow file, branch or path does not exist, or the token cannot see it',
};
/** A refused variable write names the one permission it needs. */
const VARIABLES_WRITE_HINT = 'the token may not write repository variables: give it Variables: write (fine-grained PAT) or actions_variables: write (GitHub App token; permission-actions-variables: write in actions/create-github-app-token) — GITHUB_TOKEN cannot write variables';
/** `what` names the operation, e.g. "set variable WF_ENABLED". */
function gitHubError(error, what) {
    if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
        return error;
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    const variableWrite = /^(set|create) variable /.test(what);
    const hint = status === 403 && variableWrite && !/rate limit/i.test(message)
        ? VARIABLES_WRITE_HINT
        : status !== undefined
            ? HINTS[status]
            : undefined;
    const retryable = status === undefined || status >= 500 || status === 429;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('GitHub', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}${hint ? ` — ${hint}` : ''}`, status, retryable);
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GitHubRepoFile: () => (/* binding */ GitHubRepoFile),
/* harmony export */   newRepoRequestStats: () => (/* binding */ newRepoRequestStats)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7638);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6745);
// A text file on a branch of the repository, through the contents API, with
// a compare-and-set write: a PUT carries the blob sha we read, and GitHub
// refuses it (409 "… does not match …", or 422 when the file appeared
// meanwhile) when the file changed since. `transact` reads, applies a pure
// plan, writes with the sha; on a conflict it re-reads and re-applies the
// plan to the new text, a bounded number of times with a small jittered
// backoff. So a concurrent writer (another run, a human's commit in the web
// UI) is never overwritten by a stale copy.
//
// A 5xx (or a lost answer) on the PUT may have been applied: before
// re-applying, we re-read and look for our write — the same text, or our
// commit (each carries a unique `autopilot-write:` trailer) under a newer
// one — so an append is never made twice. Octokit's own retry is off for the
// PUT for that reason.



function newRepoRequestStats() {
    return { requests: 0, reads: 0, writes: 0, conflicts: 0, uncertain: 0 };
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class GitHubRepoFile {
    ctx;
    path;
    options;
    branch;
    stats;
    /** Our last known version (read or written): a transaction may try its write on it without a read first. */
    cached;
    /** One transaction at a time in this process: concurrent items would only conflict with each other. */
    tail = Promise.resolve();
    constructor(ctx, path, options = {}) {
        this.ctx = ctx;
        this.path = path;
        this.options = options;
        this.branch = options.branch ?? ctx.ref;
        this.stats = options.stats ?? newRepoRequestStats();
    }
    /** Where the file is, for messages: `owner/repo:path@branch`. */
    get where() {
        return `${this.ctx.owner}/${this.ctx.repo}:${this.path}@${this.branch}`;
    }
    /** The file's text and sha; undefined when it or its branch does not exist. */
    async read() {
        return (await this.fetch()).version;
    }
    /**
     * Write what `next` makes of the current text (undefined when the file is
     * missing); `next` returns undefined to leave the file as it is.
     */
    async update(next, message) {
        const { changed } = await this.transact((current) => ({ text: next(current), result: undefined }), message);
        return { changed };
    }
    /**
     * Apply `plan` (pure, synchronous; it may run more than once) to the
     * current text and write the outcome with a compare-and-set.
     * `optimistic`: try the write on our last known version without reading
     * first (one request when nobody else wrote); a plan that changes nothing
     * is always confirmed on a fresh read.
     */
    transact(plan, message, options = {}) {
        const run = this.tail.then(() => this.attempts(plan, message, options.optimistic ?? false), () => this.attempts(plan, message, options.optimistic ?? false));
        this.tail = run.catch(() => undefined);
        return run;
    }
    async attempts(plan, message, optimistic) {
        const maxAttempts = this.options.maxAttempts ?? 6;
        let snapshot = optimistic ? this.cached : undefined;
        let fresh = false;
        let branchChecked = false;
        for (let attempt = 1;;) {
            if (!snapshot) {
                snapshot = await this.fetch();
                fresh = true;
            }
            const current = snapshot.version;
            const outcome = plan(current?.text);
            if (outcome.text === undefined || outcome.text === current?.text) {
                if (fresh)
                    return { changed: false, result: outcome.result };
                snapshot = undefined; // a decision to write nothing must come from a fresh read
                continue;
            }
            const writeId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
            try {
                const written = await this.put(outcome.text, outcome.message ?? message, current?.sha, writeId);
                this.cached = written ? { version: written } : undefined;
                return { changed: true, result: outcome.result };
            }
            catch (error) {
                const status = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
                this.cached = undefined;
                if (status === 404 && this.options.stateBranch && !branchChecked) {
                    // The branch is missing (GitHub checks it first): create it, then start over on it.
                    branchChecked = true;
                    const outcome = await this.options.stateBranch.ensure();
                    if (outcome === 'existed')
                        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
                    snapshot = undefined;
                    continue;
                }
                if (attempt >= maxAttempts) {
                    if (status === 409 || status === 422) {
                        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `write ${this.where}: the file changed under us ${attempt} times in a row (HTTP ${status}); gave up without writing. Nothing was overwritten; run again.`, status, true);
                    }
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
                }
                if (status === 409 || status === 422) {
                    this.stats.conflicts++;
                    this.ctx.log?.info(`${this.where} changed while we wrote it (HTTP ${status}); re-reading and re-applying`);
                    snapshot = undefined;
                }
                else if (status === undefined || status >= 500) {
                    this.stats.uncertain++;
                    const check = await this.landed(current, outcome.text, writeId);
                    if (check.landed) {
                        this.ctx.log?.info(`${this.where}: the write answered HTTP ${status ?? '(none)'} but it landed`);
                        return { changed: true, result: outcome.result };
                    }
                    this.ctx.log?.warn(`${this.where}: the write answered HTTP ${status ?? '(none)'} and did not land; re-applying`);
                    snapshot = check.fresh;
                    fresh = true;
                }
                else {
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
                }
                attempt++;
                await this.backoff(attempt);
            }
        }
    }
    /** Jittered exponential backoff: base × 2^(attempt−2) × [0.5, 1.5), at most 5 s. */
    async backoff(attempt) {
        const base = this.options.backoffMs ?? 250;
        const random = this.options.random ?? Math.random;
        const ms = Math.min(5000, base * 2 ** Math.max(0, attempt - 2) * (0.5 + random()));
        await (this.options.sleep ?? realSleep)(ms);
    }
    /** Did a write whose answer we lost land? The same text now, or our commit under a newer one. */
    async landed(base, text, writeId) {
        const fresh = await this.fetch();
        if (fresh.version?.text === text)
            return { landed: true, fresh };
        if (fresh.version?.sha === base?.sha)
            return { landed: false, fresh };
        // Moved on: ours may be under a newer commit (another writer's, after ours).
        const { client, owner, repo } = this.ctx;
        this.count('read');
        try {
            const { data } = await client.request('GET /repos/{owner}/{repo}/commits', {
                owner,
                repo,
                sha: this.branch,
                path: this.path,
                per_page: 30,
            });
            return { landed: data.some((c) => c.commit.message.includes(`autopilot-write: ${writeId}`)), fresh };
        }
        catch (error) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `check whether our write of ${this.where} landed`);
        }
    }
    count(kind) {
        this.stats.requests++;
        if (kind === 'read')
            this.stats.reads++;
        else
            this.stats.writes++;
    }
    async fetch() {
        const { client, owner, repo } = this.ctx;
        let data;
        this.count('read');
        try {
            ({ data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path: this.path,
                ref: this.branch,
            }));
        }
        catch (error) {
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404) {
                this.cached = { version: undefined };
                return this.cached;
            }
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `read ${this.where}`);
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `${this.where} is not a file (got ${Array.isArray(data) ? 'a folder' : file.type})`);
        }
        if (file.encoding !== 'base64' || typeof file.content !== 'string') {
            // Files over 1 MB come back without content (encoding "none").
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `${this.where} came back without its content (encoding ${file.encoding}): the contents API returns files up to 1 MB; move older rows to another file on the branch`);
        }
        this.cached = { version: { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha } };
        return this.cached;
    }
    async put(text, message, sha, writeId) {
        const { client, owner, repo } = this.ctx;
        this.count('write');
        const { data } = await client.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: this.path,
            branch: this.branch,
            message: `${message}\n\nautopilot-write: ${writeId}`,
            content: Buffer.from(text, 'utf8').toString('base64'),
            ...(sha ? { sha } : {}),
            // A 5xx may have been applied: we check for our write ourselves instead of resending it.
            request: { retries: 0 },
        });
        const newSha = data.content?.sha;
        return typeof newSha === 'string' ? { text, sha: newSha } : undefined;
    }
}


/***/ }),

/***/ 7050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ stateFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_STATE_BRANCH, StateBranch */
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7728);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6745);
/* harmony import */ var _repo_file__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(261);



const DEFAULT_STATE_BRANCH = 'autopilot-state';
const README = `# autopilot state

This branch holds the state of the blog autopilot, written by its actions
through the GitHub contents API: \`queue.csv\` (the queue: edit it here, in
the web UI, on this branch), \`run_log.csv\` (append-only),
\`decision_log.json\` and \`local_heartbeat.json\`. It is kept apart from the
default branch so that branch protection and rulesets there do not stop it.
Every write is a compare-and-set on the file's sha: an edit made while the
pipeline writes is re-read, never overwritten.
`;
class StateBranch {
    ctx;
    name;
    count;
    constructor(ctx, name, 
    /** Counts each request made (for the request figures). */
    count = () => { }) {
        this.ctx = ctx;
        this.name = name;
        this.count = count;
    }
    async exists() {
        const { client, owner, repo } = this.ctx;
        this.count();
        try {
            await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${this.name}` });
            return true;
        }
        catch (error) {
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
                return false;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(error, `look up branch ${this.name}`);
        }
    }
    /** Make sure the branch exists; a concurrent creator's "Reference already exists" counts as done. */
    async ensure() {
        if (await this.exists())
            return 'existed';
        const { client, owner, repo } = this.ctx;
        const what = `create the state branch ${this.name} in ${owner}/${repo}`;
        try {
            this.count();
            const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
                owner,
                repo,
                tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: README }],
            });
            this.count();
            const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
                owner,
                repo,
                message: `chore(autopilot): start the state branch ${this.name} [skip ci]`,
                tree: tree.data.sha,
                parents: [],
            });
            this.count();
            await client.request('POST /repos/{owner}/{repo}/git/refs', {
                owner,
                repo,
                ref: `refs/heads/${this.name}`,
                sha: commit.data.sha,
            });
            this.ctx.log?.notice(`created the state branch ${this.name} (an orphan branch holding only the state files)`);
            return 'created';
        }
        catch (error) {
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 422 && (await this.exists()))
                return 'created-by-another';
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(error, what);
        }
    }
}
/** A repository file on the state branch, with the branch created on the first write. */
function stateFile(options, defaultPath) {
    const ctx = (0,_client__WEBPACK_IMPORTED_MODULE_1__/* .gitHubContext */ .BQ)({ ...options, log: options.log ?? options.logger });
    const branch = options.branch ?? DEFAULT_STATE_BRANCH;
    const stats = options.file?.stats ?? (0,_repo_file__WEBPACK_IMPORTED_MODULE_2__.newRepoRequestStats)();
    return new _repo_file__WEBPACK_IMPORTED_MODULE_2__.GitHubRepoFile(ctx, options.path ?? defaultPath, {
        ...options.file,
        branch,
        stats,
        stateBranch: new StateBranch(ctx, branch, () => stats.requests++),
    });
}


/***/ }),

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony exports readTextIfExists, writeJsonFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
// Small JSON files of the state folder: read (missing → undefined, broken →
// a UserError naming the file), and write atomically (temp file + rename) so
// a reader never sees half a file.



async function readTextIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Parse JSON text read from `where`; a syntax error becomes a UserError that names the file. */
function parseJsonText(text, where, expected) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where} is not valid JSON (${error.message}); expected ${expected}. Fix or delete the file.`);
    }
}
async function readJsonFile(path, expected) {
    const text = await readTextIfExists(path);
    return text === undefined ? undefined : parseJsonText(text, path, expected);
}
/** Two-space JSON with a final newline: how every state file is written (diff-friendly). */
function formatJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
async function writeJsonFile(path, value) {
    await writeFileAtomic(path, formatJson(value));
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ie: () => (/* binding */ ItemError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });

/** Bad configuration, flags, inputs or files: the message names what and where. Exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
/** A failure of one item, with a stable code (item-codes.ts, RUNBOOK.md). `transient` ones are retried with backoff. */
class ItemError extends Error {
    code;
    transient;
    name = 'ItemError';
    constructor(code, message, transient) {
        super(message);
        this.code = code;
        this.transient = transient;
    }
}
/** A remote service answered in a way we could not use (status, body). */
class ServiceError extends Error {
    service;
    status;
    retryable;
    name = 'ServiceError';
    constructor(service, message, status, retryable = false) {
        super(`${service}: ${message}`);
        this.service = service;
        this.status = status;
        this.retryable = retryable;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   W_: () => (/* binding */ QUEUE_COLUMNS),
/* harmony export */   Yv: () => (/* binding */ DECISIONS),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   pt: () => (/* binding */ RUN_LOG_COLUMNS)
/* harmony export */ });
/* unused harmony exports ITEM_STATUSES, PRIORITIES */
// The data model of DESIGN §4: queue rows, run-log rows, runs, heartbeat,
// decision log and incidents. Plain data, no behaviour.
/** Every queue state of the state machine (DESIGN §4). */
const ITEM_STATUSES = (/* unused pure expression or super */ null && ([
    'PENDING',
    'IN_PROGRESS',
    'AWAITING_APPROVAL',
    'APPROVED',
    /** Sent to the store with a future publish date: the store shows it then (issue 11). */
    'SCHEDULED',
    'PUBLISHED',
    /**
     * Set by a human on a PUBLISHED row whose content or fields changed: the next
     * publish run re-publishes it in place (same article, same handle), keeping
     * the previous version (VersionStore), then the row is PUBLISHED again.
     */
    'UPDATE',
    'FAILED',
    'BLOCKED',
    'SKIPPED',
]));
const PRIORITIES = (/* unused pure expression or super */ null && (['P0', 'P1', 'P2']));
const MODES = ['review', 'publish'];
/** The queue's known columns, in the order a new table is written. */
const QUEUE_COLUMNS = [
    'id',
    'title',
    'brief',
    'keywords',
    'content',
    'content_path',
    // The article's own fields (issue 11), all optional: a human's value wins over the model's.
    'meta_title',
    'meta_description',
    'image_url',
    'image_alt',
    'author',
    'tags',
    /** Products or collections to feature, by handle, separated like keywords. */
    'links',
    'language',
    'priority',
    'publish_at',
    'status',
    'approval',
    'approver',
    'attempts',
    'next_attempt_at',
    'lease_owner',
    'lease_until',
    'article_id',
    'article_url',
    'handle',
    'last_error',
    'notes',
    'updated_at',
    'run_id',
];
// scheduled: the article is in the store with a future publish date (the row is SCHEDULED); it goes live then.
const OUTCOMES = ['published', 'scheduled', 'drafted', 'blocked', 'failed', 'retry', 'skipped'];
/** The run log's columns (append only), in file order. */
const RUN_LOG_COLUMNS = [
    'at',
    'run_id',
    'trace_id',
    'mode',
    'item_id',
    'outcome',
    'gate',
    'error_codes',
    'attempts',
    'duration_ms',
    'tokens_in',
    'tokens_out',
    'cost_usd',
    'article_id',
];
const DECISIONS = ['continue_publish', 'pause_and_review', 'review_only', 'no_data'];


/***/ }),

/***/ 8070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
  Mf: () => (/* binding */ abortableSleep),
  u9: () => (/* binding */ fetchWithTimeout),
  c8: () => (/* binding */ isTimeoutError),
  OL: () => (/* binding */ requestSignal),
  KS: () => (/* binding */ sleepWithSignal),
  IZ: () => (/* binding */ throwIfRunAborted)
});

// UNUSED EXPORTS: RunDeadlineError, currentRunSignal, outsideRun, runAborted, withinRun

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
;// CONCATENATED MODULE: ./packages/core/src/util/abort.ts
// Waiting with limits. Every outbound request gets a signal that fires on
// its own timeout (`request-timeout`) or when the run it belongs to is out of
// time, whichever comes first.
//
// The run's signal travels with the async call chain (AsyncLocalStorage, a
// Node built-in) rather than as a parameter of every port method: the
// executor sets it once around the work it bounds (`withinRun`), and every
// client built by the wiring picks it up per request (`requestSignal`) —
// Shopify, Sheets, the LLM, GitHub, notifications — without each port
// learning about signals. Work that must go on after the budget (writing the
// released rows back) runs `outsideRun`, still under its per-request timeout.

/** Default per-request timeout (the `request-timeout` setting's default), in ms. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const runScope = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
/** Runs `work` with `signal` as the run's signal of every request it makes. */
function withinRun(signal, work) {
    return runScope.run(signal, work);
}
/** Runs `work` free of the run's signal (per-request timeouts still apply). */
function outsideRun(work) {
    return runScope.run(undefined, work);
}
/** The signal of the run this call belongs to, if any. */
function currentRunSignal() {
    return runScope.getStore();
}
/** Why a run's signal fired: its time budget ran out. */
class RunDeadlineError extends Error {
    budgetSeconds;
    constructor(budgetSeconds) {
        super(`the run's time budget of ${budgetSeconds} s ran out`);
        this.budgetSeconds = budgetSeconds;
        this.name = 'RunDeadlineError';
    }
}
/** One request's signal: its own timeout, the run's signal, and any the caller passed. */
function requestSignal(timeoutMs, ...more) {
    const signals = [AbortSignal.timeout(timeoutMs), currentRunSignal(), ...more].filter((s) => s != null);
    return signals.length === 1 ? signals[0] : AbortSignal.any(signals);
}
/** The run's signal has fired: nothing should be retried or started. */
function runAborted() {
    return currentRunSignal()?.aborted === true;
}
/** Throws the run's abort reason when its signal has fired. */
function throwIfRunAborted() {
    currentRunSignal()?.throwIfAborted();
}
/** True for the error fetch (or gaxios) throws when a request's own timeout fired. */
function isTimeoutError(error) {
    const e = error;
    return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}
/**
 * A fetch whose every request carries `requestSignal(timeoutMs, init.signal)`.
 * For clients that take a fetch (Octokit, the token exchange) rather than a signal.
 */
function fetchWithTimeout(timeoutMs, base = globalThis.fetch) {
    return (input, init) => base(input, { ...init, signal: requestSignal(timeoutMs, init?.signal) });
}
/** A real timer's wait that ends early, rejecting with the signal's reason, when the signal fires (the timer is cleared). */
function sleepWithSignal(ms, signal = currentRunSignal()) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Waits `ms` with the given sleep, or rejects with the signal's reason as soon
 * as it fires (a retry's wait never outlives the run).
 */
async function abortableSleep(sleep, ms, signal = currentRunSignal()) {
    if (!signal)
        return sleep(ms);
    signal.throwIfAborted();
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([sleep(ms), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 4735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   jy: () => (/* binding */ waitBeforeRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_WAIT_MS, DEFAULT_BACKOFF, retryAfterMs */
/* harmony import */ var _abort__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8070);
// How long to wait before retrying an HTTP call: what the server asked for
// (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), else
// exponential backoff with jitter. Pure: time and randomness are parameters.
// Shared by the HTTP clients: the LLM, the notifiers, Shopify and Sheets.
// Retries respect the run's signal (util/abort.ts): no retry once it fired,
// and a wait between tries ends when it fires.

/** No single wait is longer than this, whatever a server asks for: a run has a time budget. */
const MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_BACKOFF = { baseMs: 500, capMs: 20_000 };
/**
 * The wait a response asks for, in ms, or undefined when it asks for none or
 * the header is unreadable. `retry-after-ms` (sent by OpenAI) wins over
 * `retry-after` (RFC 9110: delay-seconds or an HTTP date).
 */
function retryAfterMs(headers, now) {
    const ms = headers.get('retry-after-ms');
    if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms))
        return clampWait(Number(ms));
    const value = headers.get('retry-after');
    if (value === null)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(value))
        return clampWait(Number(value) * 1000);
    const at = Date.parse(value);
    if (Number.isNaN(at))
        return undefined;
    return clampWait(at - now.getTime());
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` counts from 0.
 */
function backoffMs(attempt, random, policy = DEFAULT_BACKOFF) {
    const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
    return Math.round(step / 2 + (step / 2) * random());
}
/** The wait before retry number `attempt` (from 0): the server's ask when it gave one, else backoff. */
function retryWaitMs(attempt, headers, now, random, policy = DEFAULT_BACKOFF) {
    const asked = headers ? retryAfterMs(headers, now) : undefined;
    return asked ?? backoffMs(attempt, random, policy);
}
/** Status codes worth another try: rate limits, timeouts at a proxy, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
function clampWait(ms) {
    return Math.min(MAX_RETRY_WAIT_MS, Math.max(0, Math.round(ms)));
}
/** A real wait that ends (rejecting with the run's abort reason) when the run's signal fires. */
const realSleep = (ms) => (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .sleepWithSignal */ .KS)(ms);
/**
 * A retry's wait through a client's (injectable) sleep, cut short by the
 * run's signal: throws the abort reason instead of retrying once the run is over.
 */
async function waitBeforeRetry(sleep, ms) {
    await (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .abortableSleep */ .Mf)(sleep, ms);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(980);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
