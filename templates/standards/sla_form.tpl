{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="{{BACK}}">Back</a></p>
<h1>{{TITLE}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#CUSTOMER_INVALID}} field--error{{/CUSTOMER_INVALID}}">
    <label for="customer">Promised to</label>
    <p class="hint" id="customer-hint">A customer, a group of customers or an internal team: "Business customers on the priority line".</p>
    {{#CUSTOMER_INVALID}}<p class="field-error" id="customer-error">{{CUSTOMER_ERROR}}</p>{{/CUSTOMER_INVALID}}
    <input id="customer" name="customer" type="text" value="{{CUSTOMER_VALUE}}" aria-describedby="customer-hint{{#CUSTOMER_INVALID}} customer-error{{/CUSTOMER_INVALID}}"{{#CUSTOMER_INVALID}} aria-invalid="true"{{/CUSTOMER_INVALID}}>
  </div>
  <div class="field{{#PROMISE_INVALID}} field--error{{/PROMISE_INVALID}}">
    <label for="promise">What is promised (optional)</label>
    {{#PROMISE_INVALID}}<p class="field-error" id="promise-error">{{PROMISE_ERROR}}</p>{{/PROMISE_INVALID}}
    <textarea id="promise" name="promise" rows="3"{{#PROMISE_INVALID}} aria-invalid="true" aria-describedby="promise-error"{{/PROMISE_INVALID}}>{{PROMISE_VALUE:pre_escape}}</textarea>
  </div>
  <div class="field{{#METRIC_INVALID}} field--error{{/METRIC_INVALID}}">
    <label for="metric">Metric</label>
    <p class="hint" id="metric-hint">What is measured: "Time to first response to an email".</p>
    {{#METRIC_INVALID}}<p class="field-error" id="metric-error">{{METRIC_ERROR}}</p>{{/METRIC_INVALID}}
    <input id="metric" name="metric" type="text" value="{{METRIC_VALUE}}" aria-describedby="metric-hint{{#METRIC_INVALID}} metric-error{{/METRIC_INVALID}}"{{#METRIC_INVALID}} aria-invalid="true"{{/METRIC_INVALID}}>
  </div>
  <div class="field{{#TARGET_INVALID}} field--error{{/TARGET_INVALID}}">
    <label for="target">Target</label>
    <p class="hint" id="target-hint">A number, in the unit chosen below: 90 (per cent of calls answered in 20 seconds), 2 (working days).</p>
    {{#TARGET_INVALID}}<p class="field-error" id="target-error">{{TARGET_ERROR}}</p>{{/TARGET_INVALID}}
    <input id="target" name="target" type="text" inputmode="decimal" value="{{TARGET_VALUE}}" aria-describedby="target-hint{{#TARGET_INVALID}} target-error{{/TARGET_INVALID}}"{{#TARGET_INVALID}} aria-invalid="true"{{/TARGET_INVALID}}>
  </div>
  <div class="field{{#UNIT_INVALID}} field--error{{/UNIT_INVALID}}">
    <label for="unit">Target unit</label>
    {{#UNIT_INVALID}}<p class="field-error" id="unit-error">{{UNIT_ERROR}}</p>{{/UNIT_INVALID}}
    <select id="unit" name="unit"{{#UNIT_INVALID}} aria-invalid="true" aria-describedby="unit-error"{{/UNIT_INVALID}}>{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPTION}}</select>
  </div>
  <div class="field{{#PERIOD_INVALID}} field--error{{/PERIOD_INVALID}}">
    <label for="period">Measurement period</label>
    {{#PERIOD_INVALID}}<p class="field-error" id="period-error">{{PERIOD_ERROR}}</p>{{/PERIOD_INVALID}}
    <select id="period" name="period"{{#PERIOD_INVALID}} aria-invalid="true" aria-describedby="period-error"{{/PERIOD_INVALID}}>{{#PERIOD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PERIOD_OPTION}}</select>
  </div>
  <fieldset class="field">
    <legend>Business hours the clock counts (UK time)</legend>
    <div class="field{{#OPENS_INVALID}} field--error{{/OPENS_INVALID}}">
      <label for="opens">Opens</label>
      {{#OPENS_INVALID}}<p class="field-error" id="opens-error">{{OPENS_ERROR}}</p>{{/OPENS_INVALID}}
      <input id="opens" name="opens" type="time" value="{{OPENS_VALUE}}"{{#OPENS_INVALID}} aria-invalid="true" aria-describedby="opens-error"{{/OPENS_INVALID}}>
    </div>
    <div class="field{{#CLOSES_INVALID}} field--error{{/CLOSES_INVALID}}">
      <label for="closes">Closes</label>
      {{#CLOSES_INVALID}}<p class="field-error" id="closes-error">{{CLOSES_ERROR}}</p>{{/CLOSES_INVALID}}
      <input id="closes" name="closes" type="time" value="{{CLOSES_VALUE}}"{{#CLOSES_INVALID}} aria-invalid="true" aria-describedby="closes-error"{{/CLOSES_INVALID}}>
    </div>
    <fieldset class="field{{#DAY_MON_INVALID}} field--error{{/DAY_MON_INVALID}}" id="day_mon-group">
      <legend>Working days</legend>
      {{#DAY_MON_INVALID}}<p class="field-error" id="day_mon-error">{{DAY_MON_ERROR}}</p>{{/DAY_MON_INVALID}}
      <div class="checkbox"><input id="day_mon" name="day_mon" type="checkbox" value="1"{{#DAY_MON_CHECKED}} checked{{/DAY_MON_CHECKED}}><label for="day_mon">Monday</label></div>
      <div class="checkbox"><input id="day_tue" name="day_tue" type="checkbox" value="1"{{#DAY_TUE_CHECKED}} checked{{/DAY_TUE_CHECKED}}><label for="day_tue">Tuesday</label></div>
      <div class="checkbox"><input id="day_wed" name="day_wed" type="checkbox" value="1"{{#DAY_WED_CHECKED}} checked{{/DAY_WED_CHECKED}}><label for="day_wed">Wednesday</label></div>
      <div class="checkbox"><input id="day_thu" name="day_thu" type="checkbox" value="1"{{#DAY_THU_CHECKED}} checked{{/DAY_THU_CHECKED}}><label for="day_thu">Thursday</label></div>
      <div class="checkbox"><input id="day_fri" name="day_fri" type="checkbox" value="1"{{#DAY_FRI_CHECKED}} checked{{/DAY_FRI_CHECKED}}><label for="day_fri">Friday</label></div>
      <div class="checkbox"><input id="day_sat" name="day_sat" type="checkbox" value="1"{{#DAY_SAT_CHECKED}} checked{{/DAY_SAT_CHECKED}}><label for="day_sat">Saturday</label></div>
      <div class="checkbox"><input id="day_sun" name="day_sun" type="checkbox" value="1"{{#DAY_SUN_CHECKED}} checked{{/DAY_SUN_CHECKED}}><label for="day_sun">Sunday</label></div>
    </fieldset>
    <div class="field{{#HOLIDAYS_INVALID}} field--error{{/HOLIDAYS_INVALID}}">
      <label for="holidays">Bank holidays</label>
      {{#HOLIDAYS_INVALID}}<p class="field-error" id="holidays-error">{{HOLIDAYS_ERROR}}</p>{{/HOLIDAYS_INVALID}}
      <select id="holidays" name="holidays"{{#HOLIDAYS_INVALID}} aria-invalid="true" aria-describedby="holidays-error"{{/HOLIDAYS_INVALID}}>{{#HOLIDAYS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/HOLIDAYS_OPTION}}</select>
    </div>
  </fieldset>
  <div class="field{{#RESPONSIBLE_INVALID}} field--error{{/RESPONSIBLE_INVALID}}">
    <label for="responsible">Responsible</label>
    {{#RESPONSIBLE_INVALID}}<p class="field-error" id="responsible-error">{{RESPONSIBLE_ERROR}}</p>{{/RESPONSIBLE_INVALID}}
    <select id="responsible" name="responsible"{{#RESPONSIBLE_INVALID}} aria-invalid="true" aria-describedby="responsible-error"{{/RESPONSIBLE_INVALID}}>{{#RESPONSIBLE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/RESPONSIBLE_OPTION}}</select>
  </div>
  <div class="field{{#KPI_INVALID}} field--error{{/KPI_INVALID}}">
    <label for="kpi">Measured by KPI (optional)</label>
    <p class="hint" id="kpi-hint">The KPI whose results show whether the SLA is met. Its latest result appears on the SLA's page.</p>
    {{#KPI_INVALID}}<p class="field-error" id="kpi-error">{{KPI_ERROR}}</p>{{/KPI_INVALID}}
    <select id="kpi" name="kpi" aria-describedby="kpi-hint{{#KPI_INVALID}} kpi-error{{/KPI_INVALID}}"{{#KPI_INVALID}} aria-invalid="true"{{/KPI_INVALID}}><option value=""{{#KPI_NONE_SELECTED}} selected{{/KPI_NONE_SELECTED}}>Not linked</option>{{#KPI_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KPI_OPTION}}</select>
  </div>
  <div class="field{{#ON_BREACH_INVALID}} field--error{{/ON_BREACH_INVALID}}">
    <label for="on_breach">What happens on a breach</label>
    <p class="hint" id="on_breach-hint">Who is told, the remedy or service credit for the customer, and the corrective action.</p>
    {{#ON_BREACH_INVALID}}<p class="field-error" id="on_breach-error">{{ON_BREACH_ERROR}}</p>{{/ON_BREACH_INVALID}}
    <textarea id="on_breach" name="on_breach" rows="4" aria-describedby="on_breach-hint{{#ON_BREACH_INVALID}} on_breach-error{{/ON_BREACH_INVALID}}"{{#ON_BREACH_INVALID}} aria-invalid="true"{{/ON_BREACH_INVALID}}>{{ON_BREACH_VALUE:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">Save SLA</button>
</form>
</div>
